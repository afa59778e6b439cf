/**
 * The site's fixed pages, listed once: the navigation, the footer and the sitemap all read this.
 * Pages per record (commitments, figures, updates, filters) come from the content.
 */
import { paths } from './addresses';

export interface StaticPage {
	path: string;
	/** the link text */
	label: string;
	/** in the main navigation, the footer, both or neither */
	nav: readonly ('main' | 'footer')[];
}

export const STATIC_PAGES: readonly StaticPage[] = [
	{ path: paths.home, label: 'Dashboard', nav: ['main'] },
	{ path: paths.commitments, label: 'Commitments', nav: ['main'] },
	{ path: paths.timeline, label: 'Timeline', nav: ['main'] },
	{ path: paths.updates, label: 'Updates', nav: ['main'] },
	{ path: paths.figures, label: 'Figures', nav: ['footer'] },
	{ path: paths.data, label: 'Data and downloads', nav: ['footer'] },
	{ path: paths.sources, label: 'Sources', nav: ['footer'] },
	{ path: paths.corrections, label: 'Corrections', nav: ['footer'] },
	{ path: paths.methodology, label: 'Methodology', nav: ['main', 'footer'] },
	{ path: paths.accessibility, label: 'Accessibility statement', nav: ['footer'] },
	{ path: paths.reportConcern, label: 'Report a concern', nav: ['main', 'footer'] },
	{ path: paths.search, label: 'Search', nav: [] }
];
