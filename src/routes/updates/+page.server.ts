import { getContent } from '$lib/server/content';

export function load() {
	return {
		updates: getContent().updates.map(({ id, title, date, summary, text }) => ({ id, title, date, summary: summary ?? text.slice(0, 200) }))
	};
}
