import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { commitmentJson, json } from '$lib/output/api';

export const prerender = true;
export const GET = () => respond.json(json(getModel().commitments.map((c) => commitmentJson(c, getModel().at))));
