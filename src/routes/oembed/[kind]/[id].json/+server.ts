import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { json } from '$lib/output/api';
import { oembed } from '$lib/output/embed';
import { EMBED_KINDS, type EmbedKind } from '$lib/model/addresses';

export const prerender = true;

export const entries = () => EMBED_KINDS.flatMap((kind) => getModel().embedIds(kind).map((id) => ({ kind, id })));

export function GET({ params }) {
	const kind = params.kind as EmbedKind;
	if (!EMBED_KINDS.includes(kind)) error(404, 'Nothing to embed here');
	const found = getModel().embed(kind, params.id);
	if (!found) error(404, 'Nothing to embed here');
	return respond.json(json(oembed(found.record, getModel().at, getModel().site.title)));
}
