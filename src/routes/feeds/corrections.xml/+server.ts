import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { atom, correctionsFeed } from '$lib/output/atom';

export const prerender = true;
export const GET = () => respond.atom(atom(getModel(), correctionsFeed(getModel())));
