/**
 * The content manager's page: Decap CMS (copied into admin/decap/ by the build) and our admin
 * script, which teaches it to read and write our files the way new:update does. Nothing else of
 * the site loads here, and no public page loads any of it. Not indexed, not in the sitemap.
 */
import { getModel } from '$lib/server/model';
import { cmsSettings } from '$lib/server/cms';
import { adminMetaCsp } from '$lib/output/headers';
import { html } from '$lib/output/escape';

export const prerender = true;

export function GET() {
	const model = getModel();
	const settings = cmsSettings(model);
	const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${html(adminMetaCsp(settings.proxyUrl))}">
<title>Content manager: ${html(model.site.title)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<script src="manual-init.js"></script>
<script src="decap/decap-cms.js"></script>
<script type="module" src="../_app/enhance/admin.js"></script>
</head>
<body>
<noscript>The content manager needs JavaScript. You can also edit the files in content/ directly: see content/README.md.</noscript>
</body>
</html>
`;
	return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
