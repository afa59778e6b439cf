/**
 * The CMS configuration (Decap CMS, at /admin/), made from the content model at every build and
 * never kept by hand: one collection per content kind the press office edits, its fields in the
 * schema's order, each field's widget from its schema (references to other files are relation or
 * select widgets, fixed vocabularies selects, dates date pickers), required as the schema says,
 * and the schema's own description as the hint under it.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { KINDS, type KindKey } from '../content/kinds';
import { defOf, descriptionOf, isOptional, maxOf, minItems } from '../content/fields';
import { refs, NOT_PUBLISHED, STATUSES, date as fullDate, partialDateText, type RefTarget } from '../content/schema';
import { STATUS_INFO } from '../model/status';

type Def = ReturnType<typeof defOf>;

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** A field's label: its name in words. */
export const labelOf = (name: string): string => (name.charAt(0).toUpperCase() + name.slice(1)).replace(/_/g, ' ');

/** The hint under a field: the schema's description, without Markdown. */
const hintOf = (s: z.ZodType): string => descriptionOf(s).replace(/\*\*|`/g, '').replace(/\s*\((see below|see the statuses)\)/g, '');

/** Past optional, default and preprocess wrappers, to the schema that says what a value is. */
function core(s: z.ZodType): z.ZodType {
	let cur = s;
	for (;;) {
		if (refs.get(cur)) return cur;
		const def = defOf(cur);
		if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') cur = def.innerType as z.ZodType;
		else if (def.type === 'pipe') cur = (defOf(def.in).type === 'transform' ? def.out : defOf(def.out).type === 'transform' ? def.in : def.out) as z.ZodType;
		else return cur;
	}
}

/** Fields the form shows as text that must be written as numbers: a figure, or "not published". */
export const isNumberOrText = (s: z.ZodType): boolean => {
	const def = defOf(core(s));
	if (def.type !== 'union') return false;
	const types = (def.options as z.ZodType[]).map((o) => defOf(o).type);
	return types.includes('number') && types.includes('literal');
};

/** How another file's record is chosen: from a list of titles, or a fixed list of ids. */
function referenceWidget(to: RefTarget, choices: Record<string, string[]>): Record<string, unknown> {
	if (to === 'sources')
		return { widget: 'relation', collection: 'sources', file: 'sources', value_field: 'sources.*.id', search_fields: ['sources.*.title', 'sources.*.id'], display_fields: ['sources.*.title'] };
	if (to === 'commitments' || to === 'metrics') return { widget: 'relation', collection: to, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
	return choices[to]?.length ? { widget: 'select', options: choices[to] } : { widget: 'string' };
}

const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };

/** The widget and its options for one schema. */
function widgetOf(s: z.ZodType, choices: Record<string, string[]>): Record<string, unknown> {
	const c = core(s);
	const ref = refs.get(c);
	if (ref) return referenceWidget(ref.to, choices);
	if (c === fullDate) return DATE;
	if (c === partialDateText) return { widget: 'string', pattern: ['^\\d{4}(-\\d{2}){0,2}$', 'write a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2022-10'] };
	if (isNumberOrText(c)) return { widget: 'string', pattern: [`^(\\d+(\\.\\d+)?|${NOT_PUBLISHED})$`, `write a number without commas or % signs, or "${NOT_PUBLISHED}" when no source gives it`] };
	const def = defOf(c);
	switch (def.type) {
		case 'enum': {
			const values = Object.values(def.entries as Record<string, string>);
			// Statuses in the words the site shows them in ("In progress"); the file gets the code (in_progress).
			const statuses = values.every((v) => (STATUSES as readonly string[]).includes(v));
			return { widget: 'select', options: statuses ? values.map((v) => ({ label: STATUS_INFO[v as keyof typeof STATUS_INFO].label, value: v })) : values };
		}
		case 'literal':
			return { widget: 'select', options: def.values as string[] };
		case 'boolean':
			return { widget: 'boolean' };
		case 'number':
			return { widget: 'number', value_type: 'float' };
		case 'union':
			// Either-or objects (a commitment's progress): one set of fields, with the kind chosen first.
			return (def.options as z.ZodType[]).every((o) => defOf(o).type === 'object') ? { widget: 'object', collapsed: true, fields: fieldsOfObject(c, choices) } : { widget: 'string' };
		case 'array': {
			const element = def.element as z.ZodType;
			const elementRef = refs.get(core(element));
			if (elementRef) return { ...referenceWidget(elementRef.to, choices), multiple: true };
			const inner = defOf(core(element)).type;
			if (inner === 'object' || inner === 'union') return { widget: 'list', collapsed: true, fields: fieldsOfObject(core(element), choices) };
			return { widget: 'list', field: { name: 'item', label: 'Item', ...widgetOf(element, choices) } };
		}
		case 'object':
			return { widget: 'object', collapsed: true, fields: fieldsOfObject(c, choices) };
		case 'string': {
			const regex = ((def.checks as { _zod: { def: { format?: string; pattern?: RegExp; message?: string } } }[] | undefined) ?? []).map((k) => k._zod.def).find((k) => k.format === 'regex' && k.pattern);
			const long = (maxOf(c)?.max ?? 0) > 300;
			return { widget: long ? 'text' : 'string', ...(regex?.pattern ? { pattern: [regex.pattern.source, patternMessage(c) ?? 'not in the right form'] } : {}) };
		}
		default:
			return { widget: 'string' };
	}
}

/** The schema's own words for a value that does not match its pattern. */
function patternMessage(s: z.ZodType): string | undefined {
	const r = s.safeParse('?');
	return r.success ? undefined : r.error.issues.find((i) => i.code === 'invalid_format')?.message;
}

/** The fields of an object, or of every option of an either-or object (each option's own fields are then optional). */
function fieldsOfObject(s: z.ZodType, choices: Record<string, string[]>): CmsField[] {
	const def = defOf(s);
	if (def.type === 'object') return Object.entries(def.shape as Record<string, z.ZodType>).map(([name, f]) => fieldOf(name, f, choices, false));
	const options = (def.options as z.ZodType[]).map((o) => defOf(o).shape as Record<string, z.ZodType>);
	const names = [...new Set(options.flatMap((o) => Object.keys(o)))];
	return names.map((name) => {
		const inAll = options.every((o) => name in o);
		const schemas = options.filter((o) => name in o).map((o) => o[name]);
		const literal = schemas.every((x) => defOf(core(x)).type === 'literal');
		if (literal) return { name, label: labelOf(name), widget: 'select', options: schemas.flatMap((x) => defOf(core(x)).values as string[]), hint: schemas.map(hintOf).join(' ') };
		const field = fieldOf(name, schemas[0], choices, !inAll);
		const which = options.flatMap((o, i) => (name in o ? [optionName(def, i)] : [])).filter(Boolean);
		return inAll || !which.length ? field : { ...field, hint: `Only for ${which.join(' or ')}. ${field.hint ?? ''}`.trim() };
	});
}

/** The name of an either-or option: the value of the field that tells them apart. */
function optionName(def: Def, i: number): string {
	const key = def.discriminator as string | undefined;
	const shape = defOf((def.options as z.ZodType[])[i]).shape as Record<string, z.ZodType>;
	return key && shape[key] ? `${key} ${(defOf(core(shape[key])).values as string[]).join(', ')}` : '';
}

function fieldOf(name: string, s: z.ZodType, choices: Record<string, string[]>, forceOptional: boolean): CmsField {
	const hint = hintOf(s);
	const widget = widgetOf(s, choices);
	const optional = forceOptional || isOptional(s);
	// The form cannot say "needed if this part is filled in": inside an optional part, nothing is required by the form (the validator still checks).
	if (optional && widget.widget === 'object') widget.fields = relaxed(widget.fields as CmsField[]);
	const min = minItems(core(s));
	const singular = widget.widget === 'list' ? { label_singular: labelOf(name).replace(/s$/, '').toLowerCase() } : {};
	return { name, label: labelOf(name), ...singular, ...widget, required: !optional, ...(min && widget.widget !== 'list' ? { min } : {}), ...(hint ? { hint } : {}) } as unknown as CmsField;
}

const relaxed = (fields: CmsField[]): CmsField[] => fields.map((f) => ({ ...f, required: false, ...(f.widget === 'object' ? { fields: relaxed(f.fields as CmsField[]) } : {}) }));

/** The fields of a content kind, as the CMS shows them. */
export function cmsFields(kind: KindKey, choices: Record<string, string[]> = {}): CmsField[] {
	const s = KINDS[kind].schema as z.ZodType;
	const fields = fieldsOfObject(core(s), choices);
	return kind === 'updates' ? [...fields, { name: 'body', label: 'Text', widget: 'markdown', required: true, hint: 'The update, in plain English: what happened, when, and what the source says.', buttons: ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'], editor_components: [], sanitize_preview: true }] : fields;
}

/** The name of the file format the CMS writes each kind in (registered by the admin script, which writes with src/lib/content/write.ts). */
export const cmsFormat = (kind: KindKey): string => `tracker-${kind}`;

/** Where decap-server listens in a local copy (CMS_PROXY_URL to change it). */
export const cmsProxyUrl = (env: Record<string, string | undefined>): string => env.CMS_PROXY_URL?.trim() || 'http://localhost:8081/api/v1';

export interface CmsSettings {
	/** the site's public address (for the CMS's "view live" links) */
	siteUrl: string;
	/** a local copy: the CMS writes files on this computer through decap-server */
	local: boolean;
	/** the address of decap-server's API, for a local copy */
	proxyUrl?: string;
	/** the Git backend of the published site */
	backend: { name: string; repo?: string; branch?: string; base_url?: string; auth_endpoint?: string };
	/** the ids a select offers for references to lists in site.yaml */
	choices: Record<string, string[]>;
}

/** The whole configuration, as Decap CMS reads it from config.yml. */
export function cmsConfig(s: CmsSettings): Record<string, unknown> {
	const folderOf = (kind: 'commitments' | 'metrics' | 'updates') => `content/${KINDS[kind].folder}`;
	return {
		backend: s.backend,
		...(s.local ? { local_backend: s.proxyUrl ? { url: s.proxyUrl } : true } : {}),
		site_url: s.siteUrl,
		display_url: s.siteUrl,
		media_folder: 'static/uploads',
		public_folder: '/uploads',
		// On the published site every change is a pull request (Drafts, In review, Ready), checked by the tests and merged by "Publish";
		// decap-server on this computer writes files directly, with no workflow.
		publish_mode: s.local ? 'simple' : 'editorial_workflow',
		collections: [
			{
				name: 'updates',
				label: 'Updates',
				label_singular: 'Update',
				description: 'Dated news about commitments. The file is named from the date of the update (today, unless you change the file name) and the title.',
				folder: folderOf('updates'),
				extension: 'md',
				format: cmsFormat('updates'),
				create: true,
				delete: false,
				slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
				summary: '{{title}}',
				sortable_fields: ['title'],
				fields: cmsFields('updates', s.choices)
			},
			{
				name: 'commitments',
				label: 'Commitments',
				label_singular: 'Commitment',
				folder: folderOf('commitments'),
				extension: 'yaml',
				format: cmsFormat('commitments'),
				create: true,
				delete: false,
				slug: '{{slug}}',
				identifier_field: 'title',
				fields: cmsFields('commitments', s.choices)
			},
			{
				name: 'metrics',
				label: 'Figures (metrics)',
				label_singular: 'Metric',
				description: 'Each metric is a chart. To add a figure, open the metric and add a value at the end of Values; to correct one, change it here and publish an update with a correction.',
				folder: folderOf('metrics'),
				extension: 'yaml',
				format: cmsFormat('metrics'),
				create: true,
				delete: false,
				slug: '{{slug}}',
				identifier_field: 'title',
				fields: cmsFields('metrics', s.choices)
			},
			{
				name: 'sources',
				label: 'Sources',
				delete: false,
				files: [{ name: 'sources', label: 'Sources', file: `content/${KINDS.sources.file}`, format: cmsFormat('sources'), fields: cmsFields('sources', s.choices) }]
			}
		]
	};
}

export const cmsConfigYaml = (s: CmsSettings): string =>
	`# Made by the build from the content schemas (src/lib/output/cms.ts): change the schemas, not this file.\n${stringify(cmsConfig(s), { lineWidth: 0 })}`;

/** A figure typed into a text field ("183") becomes the number 183 where the schema takes a number or "not published". */
export function coerceNumbers(s: z.ZodType, v: unknown): unknown {
	const c = core(s);
	if (isNumberOrText(c)) return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;
	const def = defOf(c);
	if (def.type === 'array' && Array.isArray(v)) return v.map((x) => coerceNumbers(def.element as z.ZodType, x));
	if ((def.type === 'object' || def.type === 'union') && v && typeof v === 'object' && !Array.isArray(v)) {
		const shapes = (def.type === 'object' ? [def.shape] : (def.options as z.ZodType[]).map((o) => defOf(o).shape)).filter(Boolean) as Record<string, z.ZodType>[];
		return Object.fromEntries(
			Object.entries(v).map(([k, x]) => {
				const field = shapes.find((sh) => k in sh)?.[k];
				return [k, field ? coerceNumbers(field, x) : x];
			})
		);
	}
	return v;
}
