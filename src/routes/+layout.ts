// Every page is prerendered HTML that works without JavaScript; no client router is shipped.
export const prerender = true;
export const csr = false;
export const trailingSlash = 'always';
