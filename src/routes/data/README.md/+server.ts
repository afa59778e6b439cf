import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { readmeMarkdown } from '$lib/output/readme';

export const prerender = true;
export const GET = () => respond.markdown(readmeMarkdown(getModel().site.title, getModel().site.licence, getModel().build_date));
