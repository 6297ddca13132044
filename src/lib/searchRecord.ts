/**
 * A case record as one Pagefind custom record: its metadata fields and paragraphs as bigram tokens
 * (src/lib/searchTokens.ts), the facets as Pagefind filters, display values as (unindexed) metadata,
 * and date sort keys. Pure: the build endpoint and the tests use it alike.
 */
import { decodeSearchContent, encodeSearchContent, indexLanguage } from './searchTokens.ts';

/**
 * The metadata fields searched with the text, in content order (their position is their code in the
 * index, so append only). Labels say where a match is when the text itself does not have the words.
 */
export const searchFields = [
	{ key: 'title', label: '标题' },
	{ key: 'subtitle', label: '副标题' },
	{ key: 'series', label: '系列' },
	{ key: 'event', label: '会议' },
	{ key: 'author', label: '作者或发言单位' },
	{ key: 'outlet', label: '发布媒体' },
] as const;

export type SearchFieldKey = (typeof searchFields)[number]['key'];

/** The search filters, by URL parameter name; each record has one value of each but themes (several). */
export const searchFilterNames = ['province', 'jurisdiction', 'docType', 'year', 'theme'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

/** What the index needs of a record. */
export interface SearchRecordInput {
	/** Page URL, /cases/<id>/. */
	url: string;
	/** Searched metadata; absent fields are left out. */
	fields: Partial<Record<SearchFieldKey, string | undefined>>;
	/** Body paragraphs and headings with their ¶ numbers. */
	paragraphs: { n: number; text: string }[];
	/**
	 * Texts the record page shows before its text (title, summary, fact quotes and notes, headings of the
	 * contents …): a link that lands on words in a paragraph must not match there first.
	 */
	before?: string[];
	/** Full place name for display (湖南省长沙市). */
	place: string;
	/** Publication (or repost) date at its precision, YYYY[-MM[-DD]], or null when unknown. */
	date: string | null;
	docTypeLabel: string;
	/** Filter values (ids); year is `unknown` when the record has none. */
	filters: Record<SearchFilterName, string[]>;
}

/** What a record's search input is made from: its frontmatter fields as the schema reads them, and its places. */
export interface SearchRecordSource {
	id: string;
	data: {
		title: string;
		subtitle?: string | undefined;
		series?: string | undefined;
		author?: string | undefined;
		outlet?: string | undefined;
		summary: string;
		completeness: { note?: string | undefined };
		facts: { quote: string; note?: string | undefined }[];
		published: { date: string | null };
		reposted?: { date: string } | undefined;
		docType: string;
	};
	/** Body paragraphs and headings (`bodyBlocks` of the MDX body). */
	blocks: { n: number; text: string; heading: boolean }[];
	eventName: string | undefined;
	place: string;
	provinceId: string;
	jurisdictionId: string;
	docTypeLabel: string;
	themeIds: string[];
}

/**
 * A record's search input, one definition for the build endpoint (src/pages/search/records/[id].json.ts)
 * and the tests and benchmark that index synthetic corpora without Astro.
 */
export function searchRecordInput(source: SearchRecordSource): SearchRecordInput {
	const { data, blocks } = source;
	const date = data.published.date ?? data.reposted?.date ?? null;
	return {
		url: `/cases/${source.id}/`,
		fields: { title: data.title, subtitle: data.subtitle, series: data.series, event: source.eventName, author: data.author, outlet: data.outlet },
		paragraphs: blocks.map((b) => ({ n: b.n, text: b.text })),
		// What the record page shows before its text, where a text fragment could match first (the
		// metadata fields are in the index already: the client adds them). Fact notes stay: they
		// often repeat the text's words (measured: without them 9 policy-term links landed in a note).
		before: [
			...[data.completeness.note, data.summary].filter((t): t is string => !!t),
			...data.facts.flatMap((f) => [f.quote, f.note ?? '']).filter(Boolean),
			...blocks.filter((b) => b.heading).map((b) => b.text),
		],
		place: source.place,
		date,
		docTypeLabel: source.docTypeLabel,
		filters: {
			province: [source.provinceId],
			jurisdiction: [source.jurisdictionId],
			docType: [data.docType],
			year: [date ? date.slice(0, 4) : 'unknown'],
			theme: source.themeIds,
		},
	};
}

/** A Pagefind custom record (the Node API's `addCustomRecord` argument). */
export interface PagefindRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** Separates the `before` texts in their metadata value (a control character no text has). */
export const beforeSeparator = '\u001f';

/** Start of the plane-15 private-use block: each UTF-16 code unit of a hidden text is one code point from here. */
const hiddenBase = 0xf0000;

/** A text in private-use characters only (no letter or digit, so Pagefind indexes none of it); reversible. */
export function hideText(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += String.fromCodePoint(hiddenBase + text.charCodeAt(i));
	return out;
}

/** The text `hideText` hid. */
export function showText(hidden: string): string {
	let out = '';
	for (const c of hidden) out += String.fromCharCode(c.codePointAt(0)! - hiddenBase);
	return out;
}

function hideMeta(meta: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, hideText(v)]));
}

/** A fragment's metadata, readable again. */
export function showMeta(meta: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, showText(v)]));
}

/** The text of paragraphs as the browser decodes it from the index (the offsets of `before` refer to it). */
function decodedParagraphs(paragraphs: { n: number; text: string }[]): Map<number, string> {
	return new Map(decodeSearchContent(encodeSearchContent({ fields: [], paragraphs })).paragraphs.map((p) => [p.n, p.text]));
}

/**
 * `before` as stored: a text that is part of a paragraph (a fact quote, a heading: most of them, by the
 * integrity rules) as `n.start.length` into that paragraph's decoded text, which the fragment already
 * holds; other texts (summary, notes) as they are. Saves about a third of each fragment.
 */
export function encodeBefore(texts: string[], paragraphs: { n: number; text: string }[]): { beforeRefs: string; before: string } {
	const decoded = decodedParagraphs(paragraphs);
	const refs: string[] = [];
	const plain: string[] = [];
	for (const text of texts) {
		const wanted = decodeSearchContent(encodeSearchContent({ fields: [], paragraphs: [{ n: 1, text }] })).paragraphs[0]?.text ?? '';
		const hit = wanted ? [...decoded].find(([, t]) => t.includes(wanted)) : undefined;
		if (hit) refs.push(`${hit[0]}.${hit[1].indexOf(wanted)}.${wanted.length}`);
		else plain.push(text);
	}
	return { beforeRefs: refs.join(' '), before: plain.join(beforeSeparator) };
}

/** The `before` texts back from a fragment's metadata and its decoded paragraphs. */
export function beforeTexts(meta: Record<string, string>, paragraphs: { n: number; text: string }[]): string[] {
	const byNumber = new Map(paragraphs.map((p) => [p.n, p.text]));
	const fromRefs = (meta.beforeRefs ?? '')
		.split(' ')
		.filter(Boolean)
		.map((ref) => {
			const [n, start, length] = ref.split('.').map(Number);
			return (byNumber.get(n!) ?? '').slice(start!, start! + length!);
		});
	return [...fromRefs, ...(meta.before ? meta.before.split(beforeSeparator) : [])];
}

/**
 * The records in date order, for sorting results by date: ids newest first, records without a date
 * last (`known` counts those with one). Kept out of Pagefind (as sort keys its metadata carried the
 * order of every record twice, 10 KB gzip at 5,000 records in every first query) and written as a file
 * the search page loads only when a reader sorts by date.
 */
export interface DateOrder {
	ids: string[];
	known: number;
}

/** The date order of records (`date` YYYY[-MM[-DD]] or null); equal dates by id. */
export function dateOrder(records: { id: string; date: string | null }[]): DateOrder {
	const dated = records.filter((r) => r.date).sort((a, b) => b.date!.localeCompare(a.date!) || a.id.localeCompare(b.id));
	const undated = records.filter((r) => !r.date).sort((a, b) => a.id.localeCompare(b.id));
	return { ids: [...dated, ...undated].map((r) => r.id), known: dated.length };
}

export function toPagefindRecord(record: SearchRecordInput): PagefindRecord {
	return {
		url: record.url,
		language: indexLanguage,
		content: encodeSearchContent({ fields: searchFields.map((f) => record.fields[f.key] ?? ''), paragraphs: record.paragraphs }),
		// Pagefind indexes metadata values as words too (a date's 2015 would answer the query 15), so
		// every value is stored in characters it cannot index (hideText); the client reads them back.
		meta: hideMeta({ place: record.place, date: record.date ?? '', docType: record.docTypeLabel, ...encodeBefore(record.before ?? [], record.paragraphs) }),
		filters: record.filters,
	};
}
