import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from '$lib/server/content';
import { embeddables, movedIds } from '$lib/server/embeds';
import { jsonResponse } from '$lib/server/api';
import { oembed } from '$lib/embed';

export const prerender = true;

export function entries() {
	const content = getContent();
	const old = (kind: string, list: { id: string; previous_ids: string[] }[]) => [...movedIds(list).keys()].map((id) => ({ kind, id }));
	return [
		...embeddables(content).map((e) => ({ kind: e.kind, id: e.id })),
		...old('metric', content.metrics),
		...old('commitment', content.commitments),
		...old('milestones', content.commitments.filter((c) => c.milestones.length))
	];
}

export function GET({ params }) {
	const content = getContent();
	const list = params.kind === 'metric' ? content.metrics : content.commitments;
	const id = movedIds(list).get(params.id) ?? params.id;
	const e = embeddables(content).find((x) => x.kind === params.kind && x.id === id);
	if (!e) error(404, 'Nothing to embed here');
	return jsonResponse(oembed(e, siteUrl(), content.site.title));
}
