import { getContent, siteUrl } from '$lib/server/content';
import { atom, commitmentFeed, xmlResponse } from '$lib/server/feeds';
import { findCommitment, recordEntries } from '$lib/server/records';

export const prerender = true;
export const entries = () => recordEntries(getContent().commitments);
export const GET = ({ params }) => xmlResponse(atom(getContent(), siteUrl(), commitmentFeed(getContent(), findCommitment(params.id))));
