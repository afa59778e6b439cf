import { getModel, packPdf } from '$lib/server/model';
import { evidencePackPage } from '$lib/server/pages';

export const entries = () => getModel().ids.commitments.map((id) => ({ id }));
export const load = ({ params }) => evidencePackPage(getModel(), params.id, packPdf());
