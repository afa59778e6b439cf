import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { json, updateJson } from '$lib/output/api';

export const prerender = true;
export const GET = () => respond.json(json(getModel().updates.map((u) => updateJson(u, getModel().at))));
