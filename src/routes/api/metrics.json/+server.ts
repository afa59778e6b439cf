import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { json, metricJson } from '$lib/output/api';

export const prerender = true;
export const GET = () => respond.json(json(getModel().metrics.map((m) => metricJson(m, getModel().at))));
