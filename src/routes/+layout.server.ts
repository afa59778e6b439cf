import { getModel } from '$lib/server/model';
import { chrome } from '$lib/server/pages';

// PREVIEW_TODAY is set only by `npm run preview`: the real date, so a preview of a future date can say so.
export const load = () => ({ chrome: chrome(getModel(), process.env.PREVIEW_TODAY) });
