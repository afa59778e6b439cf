/** The model of a content folder or of files, for tests: loaded, checked and derived, with no build. */
import type { RawFile } from '../../src/lib/content/files';
import { loadContent } from '../../src/lib/content/load';
import { loadFolder } from '../../src/lib/content/index';
import { formatProblem } from '../../src/lib/content/problems';
import { createModel, type Model } from '../../src/lib/model';
import { LOCAL_URL, siteAddress } from '../../src/lib/model/addresses';
import type { LoadResult } from '../../src/lib/content/types';

function model(r: LoadResult, buildDate: string, url: string): Model {
	if (!r.ok) throw new Error(`content is not valid:\n${r.problems.map(formatProblem).join('\n')}`);
	return createModel(r.content, { buildDate, site: siteAddress(url) });
}

export const folderModel = (dir: string, buildDate: string, url = LOCAL_URL): Model => model(loadFolder(dir, buildDate), buildDate, url);
export const filesModel = (files: RawFile[], buildDate: string, url = LOCAL_URL): Model => model(loadContent(files, buildDate), buildDate, url);
