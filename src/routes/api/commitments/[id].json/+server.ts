import { getContent, siteUrl } from '$lib/server/content';
import { commitmentJson, jsonResponse } from '$lib/server/api';
import { findCommitment, recordEntries } from '$lib/server/records';

export const prerender = true;
export const entries = () => recordEntries(getContent().commitments);
export const GET = ({ params }) => jsonResponse(commitmentJson(findCommitment(params.id), siteUrl()));
