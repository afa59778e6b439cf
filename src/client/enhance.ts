/**
 * Progressive enhancement, loaded as one small module on every page. Everything it improves
 * already works without it: filters are links to prerendered pages, charts are SVG with tables.
 */
import type { InteractiveData } from '../lib/model/figures/interactive';

function enhanceFilters(): void {
	const nav = document.querySelector<HTMLElement>('[data-filters]');
	const list = document.querySelector<HTMLElement>('[data-commitment-list]');
	const count = document.querySelector<HTMLElement>('[data-result-count]');
	const heading = document.querySelector('h1');
	if (!nav || !list || !count || !heading) return;
	const items = [...list.querySelectorAll<HTMLElement>('li[data-status]')];
	const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-filter-kind]')];

	const apply = (href: string): boolean => {
		const link = links.find((a) => a.href === href || a.pathname === new URL(href, location.href).pathname);
		if (!link) return false;
		const kind = link.dataset.filterKind ?? '';
		const slug = link.dataset.filterSlug ?? '';
		let shown = 0;
		for (const li of items) {
			const keep = !kind || li.dataset[kind] === slug;
			li.hidden = !keep;
			if (keep) shown++;
		}
		for (const a of links) a.toggleAttribute('aria-current', false);
		link.setAttribute('aria-current', 'page');
		// The order links now lead to the same order of this filter's list (addresses from the page).
		for (const s of document.querySelectorAll<HTMLAnchorElement>('a[data-sort]')) {
			const href = link.getAttribute(`data-sort-${s.dataset.sort}`);
			if (href) s.setAttribute('href', href);
		}
		const label = link.firstChild?.textContent?.trim() ?? '';
		heading.textContent = label;
		document.title = `${label} – Commitments`;
		count.textContent = `${shown} commitment${shown === 1 ? '' : 's'}`;
		return true;
	};

	nav.addEventListener('click', (event) => {
		const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter-kind]');
		if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		if (!apply(a.href)) return;
		event.preventDefault();
		// The address is the prerendered page for this filter, so reloading or sharing it works.
		history.pushState({ filter: a.href }, '', a.href);
	});
	window.addEventListener('popstate', () => apply(location.href));
}

function enhanceCharts(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-chart-explore]')) {
		const frame = button.closest('figure');
		const json = frame?.querySelector('script[data-chart-data]')?.textContent;
		const body = frame?.querySelector<HTMLElement>('[data-chart-body]');
		if (!frame || !json || !body) continue;
		button.hidden = false;
		let view: { destroy(): void } | null = null;
		button.addEventListener('click', async () => {
			const svg = body.querySelector('svg');
			if (view) {
				view.destroy();
				view = null;
				if (svg) svg.style.display = '';
				button.setAttribute('aria-pressed', 'false');
				return;
			}
			button.disabled = true;
			button.setAttribute('aria-busy', 'true');
			try {
				// Chart.js is fetched only now, when a reader asks for it.
				const { drawInteractive } = await import('./chart-view');
				const data: InteractiveData = JSON.parse(json);
				view = drawInteractive(body, data, frame.querySelector('.chart-desc')?.textContent ?? data.title);
				if (svg) svg.style.display = 'none';
				button.setAttribute('aria-pressed', 'true');
			} catch {
				const p = document.createElement('p');
				p.className = 'note';
				p.setAttribute('role', 'status');
				p.textContent = 'The interactive view could not load: the chart and its data table are complete.';
				button.parentElement?.after(p);
			} finally {
				button.disabled = false;
				button.removeAttribute('aria-busy');
			}
		});
	}
}

function enhanceCopy(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
		const field = document.getElementById(button.dataset.copy ?? '');
		if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) || !navigator.clipboard) continue;
		const label = button.textContent;
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(field.value);
				button.textContent = 'Copied';
				setTimeout(() => (button.textContent = label), 4000);
			} catch {
				field.select();
				button.textContent = 'Now press Ctrl+C (or ⌘C) to copy';
			}
		});
	}
}

/** The embed builder (a choice of colours) loads the first time a reader opens an embed panel. */
function enhanceEmbeds(): void {
	let loaded = false;
	document.addEventListener(
		'toggle',
		(event) => {
			const details = event.target as HTMLDetailsElement;
			if (loaded || !details.open || !details.querySelector('textarea[data-embed-code]')) return;
			loaded = true;
			void import('./embed-builder').then((m) => m.buildEmbedThemes());
		},
		true
	);
}

enhanceFilters();
enhanceCharts();
enhanceCopy();
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
	b.hidden = false;
	b.addEventListener('click', () => print());
}
enhanceEmbeds();
