/**
 * The colours of an embed, as its code asks for them. Imports nothing, so the embed code builder
 * in the browser uses these very functions.
 */
/** How an embed is coloured: light (the default, for the white pages most embeds sit in), dark, or the reader's own setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_THEMES: { theme: EmbedTheme; label: string }[] = [
	{ theme: 'light', label: 'Light' },
	{ theme: 'dark', label: 'Dark' },
	{ theme: 'auto', label: "Follow the reader's setting" }
];

/**
 * An embed address with its colours: nothing for light (the default), `&theme=` otherwise, after
 * the data version. The embed code builder in the browser uses this same function to turn the
 * light code into the others.
 */
export function withTheme(src: string, theme: EmbedTheme): string {
	const plain = src.replace(/&theme=\w+/, '');
	return theme === 'light' ? plain : `${plain}&theme=${theme}`;
}

/** An embed code with its colours changed: the iframe's address only (the code's other addresses have no theme). */
export function codeWithTheme(code: string, theme: EmbedTheme): string {
	return code.replace(/(<iframe src=")([^"]*)/, (_m, start: string, src: string) => start + withTheme(src.replace(/&amp;/g, '&'), theme).replace(/&/g, '&amp;'));
}
