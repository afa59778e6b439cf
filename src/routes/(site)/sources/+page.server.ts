import { getContent } from '$lib/server/content';

export function load() {
	return { sources: getContent().sources };
}
