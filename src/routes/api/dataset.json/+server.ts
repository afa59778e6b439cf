import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { dataset, json } from '$lib/output/api';

export const prerender = true;
export const GET = () => respond.json(json(dataset(getModel())));
