import { getModel } from '$lib/server/model';
import { cmsSettings } from '$lib/server/cms';
import { cmsConfigYaml } from '$lib/output/cms';

export const prerender = true;

export const GET = () => new Response(cmsConfigYaml(cmsSettings(getModel())), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
