/**
 * What the content manager's configuration needs from this build: where the site is, whether it is
 * a local copy (which writes files on this computer through decap-server), and which Git backend
 * the published site signs in to (CMS_BACKEND, CMS_REPO or GitHub's own GITHUB_REPOSITORY,
 * CMS_BRANCH, CMS_AUTH_URL; see the README).
 */
import type { Model } from '$lib/model';
import { cmsProxyUrl, type CmsSettings } from '$lib/output/cms';
import { isLocal } from './model';

export function cmsSettings(model: Model, env: Record<string, string | undefined> = process.env): CmsSettings {
	const repo = env.CMS_REPO?.trim() || env.GITHUB_REPOSITORY?.trim();
	const branch = env.CMS_BRANCH?.trim() || 'main';
	const auth = env.CMS_AUTH_URL?.trim();
	const backend =
		env.CMS_BACKEND?.trim() === 'git-gateway' || !repo ? { name: 'git-gateway', branch } : { name: 'github', repo, branch, ...(auth ? { base_url: auth } : {}) };
	return {
		siteUrl: model.at.url('/'),
		local: isLocal(),
		proxyUrl: isLocal() ? cmsProxyUrl(env) : undefined,
		backend,
		choices: { themes: model.site.themes.map((t) => t.id), local_units: model.site.local_units.map((u) => u.id) }
	};
}
