/**
 * The search page: runs Pagefind's index (fetched only now, on this page) for the words in the
 * address (?q=) or the box, and lists what it finds: each page's title, what it is (and a
 * commitment's status) and the passage that matched. Without JavaScript the page lists every
 * commitment instead, and the box in the header still leads here.
 */
interface Result {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(o: { baseUrl: string }): Promise<void>;
	search(q: string): Promise<{ results: { data(): Promise<Result> }[] }>;
}

const SHOWN = 20;
const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const said = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');

let index: Promise<Pagefind> | null = null;
const load = (): Promise<Pagefind> =>
	(index ??= import(/* @vite-ignore */ form?.dataset.index ?? '').then(async (pf: Pagefind) => {
		await pf.options({ baseUrl: form?.dataset.base ?? '/' });
		return pf;
	}));

/** Pagefind's excerpt with only its <mark> elements kept: everything else becomes text. */
function excerpt(html: string): DocumentFragment {
	const t = document.createElement('template');
	t.innerHTML = html;
	const out = document.createDocumentFragment();
	for (const node of t.content.childNodes) {
		if (node.nodeName === 'MARK') {
			const m = document.createElement('mark');
			m.textContent = node.textContent;
			out.append(m);
		} else out.append(node.textContent ?? '');
	}
	return out;
}

function item(r: Result): HTMLLIElement {
	const li = document.createElement('li');
	const h = document.createElement('h2');
	const a = document.createElement('a');
	a.href = r.url;
	a.textContent = r.meta.title ?? r.url;
	h.append(a);
	const kind = document.createElement('p');
	kind.className = 'meta';
	kind.textContent = [r.meta.kind, r.meta.status && `Status: ${r.meta.status}`].filter(Boolean).join(' · ');
	const p = document.createElement('p');
	p.append(excerpt(r.excerpt));
	li.append(h, ...(kind.textContent ? [kind] : []), p);
	return li;
}

async function run(q: string): Promise<void> {
	if (!said || !list) return;
	list.replaceChildren();
	if (!q.trim()) {
		said.textContent = 'Type a word or two to search for.';
		return;
	}
	said.textContent = 'Searching…';
	try {
		const found = await (await load()).search(q);
		const results = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
		const n = found.results.length;
		said.textContent =
			n === 0
				? `Nothing found for “${q}”. Try fewer or different words, or browse every commitment below.`
				: `${n} result${n === 1 ? '' : 's'} for “${q}”${n > SHOWN ? `: the first ${SHOWN} are shown, so add a word to narrow it down` : ''}.`;
		list.replaceChildren(...results.map(item));
		if (fallback) fallback.hidden = n > 0;
	} catch {
		said.textContent = 'The search could not load. Every commitment is listed below, and the links under it lead to every update and figure.';
		if (fallback) fallback.hidden = false;
	}
}

if (form && input) {
	const q = new URLSearchParams(location.search).get('q') ?? '';
	input.value = q;
	if (q) void run(q);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void run(input.value);
	});
}

export {};
