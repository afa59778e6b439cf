import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { json } from '$lib/output/api';

export const prerender = true;
export const GET = () => respond.json(json(getModel().sources));
