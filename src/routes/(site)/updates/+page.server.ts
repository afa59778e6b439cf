import { getContent } from '$lib/server/content';
import { updateItem } from '$lib/server/select';

export function load() {
	return {
		updates: getContent().updates.map(updateItem)
	};
}
