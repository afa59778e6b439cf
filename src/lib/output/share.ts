/**
 * Share links: plain addresses of each service's own share page, carrying only the page's address
 * (and, where the service takes it, its title). No third-party script, image or tracker is loaded:
 * nothing is sent anywhere until the reader follows a link.
 */
export interface ShareLink {
	/** the service, as a reader knows it */
	label: string;
	href: string;
	/** a web page (opened in a new tab), not the reader's email program */
	newTab: boolean;
}

const q = encodeURIComponent;

/** Sharing by email: the reader's own email program, with the title and the address written in. */
export const emailLink = (url: string, title: string): ShareLink => ({ label: 'Email', href: `mailto:?subject=${q(title)}&body=${q(`${title}\n${url}`)}`, newTab: false });

/** Email and the main social sites. */
export function shareLinks(url: string, title: string): ShareLink[] {
	return [
		emailLink(url, title),
		{ label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(`${title} ${url}`)}`, newTab: true },
		{ label: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}`, newTab: true },
		{ label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`, newTab: true },
		{ label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`, newTab: true },
		{ label: 'WhatsApp', href: `https://wa.me/?text=${q(`${title} ${url}`)}`, newTab: true }
	];
}
