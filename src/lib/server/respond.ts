/** Responses of the prerendered data endpoints, each with its content type. */
export const respond = {
	json: (body: string): Response => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
	csv: (body: string): Response => new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
	atom: (body: string): Response => new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } }),
	xml: (body: string): Response => new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } }),
	text: (body: string): Response => new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
	markdown: (body: string): Response => new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } }),
	svg: (body: string): Response => new Response(body, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } }),
	png: (body: Uint8Array<ArrayBuffer>): Response => new Response(body, { headers: { 'content-type': 'image/png' } })
};
