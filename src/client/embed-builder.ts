/**
 * The embed code builder, loaded when a reader first opens an embed panel: a choice of colours above
 * each embed code. Choosing one rewrites the code with the function the site writes codes with.
 */
import { EMBED_THEMES, codeWithTheme, type EmbedTheme } from '../lib/output/embed-theme';

export function buildEmbedThemes(): void {
	document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]').forEach((field, n) => {
		const light = field.value;
		const set = document.createElement('fieldset');
		set.className = 'embed-theme';
		set.innerHTML = '<legend>Colours</legend>';
		for (const { theme, label } of EMBED_THEMES) {
			const option = document.createElement('label');
			const input = document.createElement('input');
			input.type = 'radio';
			input.name = `embed-theme-${n}`;
			input.value = theme;
			input.checked = theme === 'light';
			option.append(input, ` ${label}`);
			set.append(option);
		}
		set.addEventListener('change', (event) => (field.value = codeWithTheme(light, (event.target as HTMLInputElement).value as EmbedTheme)));
		field.labels?.[0]?.before(set);
	});
	document.documentElement.classList.add('js-themes');
}

