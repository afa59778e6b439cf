import { getModel, unfinishedWork } from '$lib/server/model';
import { chrome, pageHead } from '$lib/server/pages';

// PREVIEW_TODAY is set only by `npm run preview`: the real date, so a preview of a future date can say so.
export const load = ({ url }) => ({ chrome: chrome(getModel(), process.env.PREVIEW_TODAY, unfinishedWork()), head: pageHead(getModel(), url.pathname) });
