/**
 * Answering a query with Pagefind, fed our bigram tokens (src/lib/searchTokens.ts): each query word is
 * one exact phrase search (a glossary term's forms one each, united); words are intersected; counts
 * per filter value; results decoded from their fragments. The engine is passed in, so the browser
 * client (src/browser/searchClient.ts) and the Node tests and benchmark run this same code.
 */
import {
	combineHits,
	excerpt,
	expandWords,
	fieldsContaining,
	paragraphHits,
	paragraphLink,
	termsNamed,
	type EngineHit,
	type ExcerptPart,
	type ParagraphHit,
	type SearchTerm,
} from './search.ts';
import { beforeTexts, searchFields, searchFilterNames, showMeta, type DateOrder, type SearchFilterName } from './searchRecord.ts';
import { decodeSearchContent, foldText, minimalForms, phraseQuery, queryWords } from './searchTokens.ts';

/** Pagefind's browser API, as far as we use it. */
export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindResponse>;
}

export type SearchSort = 'relevance' | 'newest' | 'oldest';
export type SearchFilters = Partial<Record<SearchFilterName, string>>;
export type FacetCounts = Record<SearchFilterName, Record<string, number>>;

export interface SearchOptions {
	filters?: SearchFilters;
	sort?: SearchSort;
	/** Search a glossary term's aliases with it (default true). */
	aliases?: boolean;
	/**
	 * Count the records per filter value (default true). Counting needs Pagefind's filter index (74 KB
	 * at 5,000 records), so the search page asks only once the reader opens the filters.
	 */
	counts?: boolean;
	/** The records' date order (/search/date-order.json), loaded only when results are sorted by date. */
	dates?: () => Promise<DateOrder>;
}

/** One record of the answer, with what its fragment says. */
export interface SearchResult {
	/** Record id (/cases/<id>/). */
	id: string;
	url: string;
	title: string;
	place: string;
	/** Publication date at its precision, or '' when unknown. */
	date: string;
	docType: string;
	/** Paragraphs where a searched form occurs, in page order. */
	hits: ParagraphHit[];
	/** Link per hit paragraph that lands on (and marks) the first searched form in it. */
	links: Map<number, string>;
	excerpt: ExcerptPart[];
	/** The paragraph the excerpt comes from; undefined when the words are only in the metadata. */
	excerptParagraph: number | undefined;
	/** Labels of the metadata fields that contain a searched form (标题, 作者或发言单位 …). */
	fieldsMatched: string[];
	/** Text of each hit paragraph (for scripts using the JS API). */
	paragraphs: Map<number, string>;
}

export interface SearchAnswer {
	/** The words searched (after conversion, if any). */
	words: string[];
	/** For each word, the forms searched (a glossary term's aliases join it unless turned off). */
	forms: string[][];
	/** The simplified form searched instead of a traditional query, if converted. */
	converted: string | undefined;
	/** Glossary terms the query names. */
	terms: SearchTerm[];
	/** Exact number of matching records. */
	total: number;
	/** Counts per filter value for the current query, each group counted with the other filters applied; empty when not asked for. */
	counts: FacetCounts;
	/** Words that occur in no record at all (reported when nothing matches). */
	absent: string[];
	/** Loads results [from, to) in the answer's order (one fragment download each, cached). */
	load(from: number, to: number): Promise<SearchResult[]>;
}

/** Each record's position in a date sort: newest first, or oldest first; undated records last both ways. */
export function dateRanks(order: DateOrder, sort: 'newest' | 'oldest'): Map<string, number> {
	return new Map(order.ids.map((id, i) => [id, sort === 'newest' || i >= order.known ? i : order.known - 1 - i]));
}

/** The ranks of each loaded date order, per sort: made once, not per answer. */
const rankCache = new WeakMap<DateOrder, Map<'newest' | 'oldest', Map<string, number>>>();

const filterIndexes = new WeakMap<Pagefind, Promise<unknown>>();
/** Each filter value's records, per engine: the index does not change while a page is open, so a value is looked up once. */
const valueIds = new WeakMap<Pagefind, Map<string, Promise<Set<string>>>>();

/** Loads Pagefind's filter index once per engine: its searches then report counts per value. */
function loadFilterIndex(pagefind: Pagefind): Promise<unknown> {
	let loaded = filterIndexes.get(pagefind);
	if (!loaded) filterIndexes.set(pagefind, (loaded = pagefind.filters()));
	return loaded;
}

/** Searches under one engine, sort and alias setting, memoising each phrase × filters search. */
class Session {
	private cache = new Map<string, Promise<PagefindResponse>>();
	readonly results = new Map<string, PagefindResult>();
	private pagefind: Pagefind;
	private sort: SearchSort;
	private dates: (() => Promise<DateOrder>) | undefined;

	constructor(pagefind: Pagefind, sort: SearchSort, dates?: () => Promise<DateOrder>) {
		this.pagefind = pagefind;
		this.sort = sort;
		this.dates = dates;
	}

	phrase(form: string, filters: SearchFilters): Promise<PagefindResponse> {
		const key = JSON.stringify([form, filters]);
		let response = this.cache.get(key);
		if (!response) {
			response = this.pagefind.search(phraseQuery(form), { filters: clean(filters) });
			this.cache.set(key, response);
		}
		return response.then((r) => {
			for (const result of r.results) this.results.set(result.id, result);
			return r;
		});
	}

	/** The records matching every word group under the filters, in answer order. */
	async hits(groups: string[][], filters: SearchFilters): Promise<{ hits: EngineHit[]; responses: PagefindResponse[][] }> {
		const [responses, rank] = await Promise.all([
			Promise.all(groups.map((forms) => Promise.all(minimalForms(forms).map((f) => this.phrase(f, filters))))),
			this.rank(),
		]);
		const perWord = responses.map((forms) => forms.map((r) => r.results.map(({ id, score }) => ({ id, score }))));
		return { hits: combineHits(perWord, rank), responses };
	}

	/** Every record's position in the date sort (from the date order file), so that hits keep it; undefined for relevance. */
	private rank(): Promise<Map<string, number> | undefined> {
		if (this.sort === 'relevance') return Promise.resolve(undefined);
		if (!this.dates) throw new Error('sorting by date needs the date order (SearchOptions.dates)');
		const sort = this.sort;
		return this.dates().then((order) => {
			let bySort = rankCache.get(order);
			if (!bySort) rankCache.set(order, (bySort = new Map()));
			let ranks = bySort.get(sort);
			if (!ranks) bySort.set(sort, (ranks = dateRanks(order, sort)));
			return ranks;
		});
	}

	/** Ids of every record with a filter value (a filter-only search; cached). */
	idsWith(name: SearchFilterName, value: string): Promise<Set<string>> {
		const key = `${name}\u0000${value}`;
		let perEngine = valueIds.get(this.pagefind);
		if (!perEngine) valueIds.set(this.pagefind, (perEngine = new Map()));
		let ids = perEngine.get(key);
		if (!ids) {
			ids = this.pagefind.search(null, { filters: { [name]: value } }).then((r) => new Set(r.results.map((x) => x.id)));
			perEngine.set(key, ids);
		}
		return ids;
	}
}

function clean(filters: SearchFilters): Record<string, string> {
	return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
}

function without(filters: SearchFilters, name: SearchFilterName): SearchFilters {
	const { [name]: _dropped, ...rest } = filters;
	return rest;
}

/**
 * Counts per value of each filter group, with the other groups' filters applied. One word with one
 * form: Pagefind's own counts. Otherwise (an intersection or union Pagefind does not count): the
 * matches without that group's filter, met with each candidate value's records.
 */
async function facetCounts(session: Session, groups: string[][], filters: SearchFilters, main: PagefindResponse[][]): Promise<FacetCounts> {
	const single = groups.length === 1 && minimalForms(groups[0]!).length === 1;
	const counts = {} as FacetCounts;
	await Promise.all(
		searchFilterNames.map(async (name) => {
			const others = without(filters, name);
			const { hits, responses } = filters[name] ? await session.hits(groups, others) : { hits: undefined, responses: main };
			const engineCounts = responses[0]![0]!.filters[name] ?? {};
			if (single) {
				counts[name] = engineCounts;
				return;
			}
			const matched = new Set((hits ?? (await session.hits(groups, others)).hits).map((h) => h.id));
			// a value no record of the first word has cannot count for the intersection
			const candidates = Object.keys(engineCounts).filter((v) => responses[0]!.some((r) => (r.filters[name]?.[v] ?? 0) > 0));
			const entries = await Promise.all(
				candidates.map(async (v) => {
					const ids = await session.idsWith(name, v);
					let n = 0;
					for (const id of matched) if (ids.has(id)) n++;
					return [v, n] as const;
				}),
			);
			counts[name] = Object.fromEntries(entries);
		}),
	);
	return counts;
}

/** The record page URL as Pagefind returns it, reduced to its path. */
function recordPath(url: string): string {
	return new URL(url, 'http://site.invalid/').pathname;
}

function toResult(data: { url: string; content: string; meta: Record<string, string> }, forms: string[]): SearchResult {
	const text = decodeSearchContent(data.content);
	const meta = showMeta(data.meta);
	// The page shows the metadata fields (title, series …) above the text too.
	const before = [...text.fields.filter(Boolean), ...beforeTexts(meta, text.paragraphs)];
	const url = recordPath(data.url);
	const hits = paragraphHits(text.paragraphs, forms);
	const first = hits[0];
	const paragraph = first ? text.paragraphs.find((p) => p.n === first.n) : undefined;
	const hitParagraphs = new Map(text.paragraphs.filter((p) => hits.some((h) => h.n === p.n)).map((p) => [p.n, p.text]));
	// Folded once for all the result's links: what the page shows before its text, then each paragraph.
	const foldedBefore = hits.length ? before.map(foldText) : [];
	const foldedParagraphs = hits.length ? text.paragraphs.map((p) => ({ n: p.n, folded: foldText(p.text) })) : [];
	const links = new Map(
		hits.map((h) => {
			const word = forms.find((f) => h.counts[f]) ?? forms[0]!;
			const earlier = foldedParagraphs.filter((p) => p.n < h.n).map((p) => p.folded);
			return [h.n, paragraphLink(url, h.n, hitParagraphs.get(h.n)!, word, [...foldedBefore, ...earlier])];
		}),
	);
	const title = text.fields[0] ?? '';
	return {
		id: url.split('/')[2] ?? url,
		url,
		title,
		place: meta.place ?? '',
		date: meta.date ?? '',
		docType: meta.docType ?? '',
		hits,
		links,
		excerpt: excerpt(paragraph?.text ?? title, forms),
		excerptParagraph: first?.n,
		fieldsMatched: fieldsContaining(text.fields, forms).map((i) => searchFields[i]!.label),
		paragraphs: hitParagraphs,
	};
}

/** Answers a query (or its `converted` form) with the engine and the glossary's terms. */
export async function answer(pagefind: Pagefind, terms: SearchTerm[], query: string, options: SearchOptions, converted?: string): Promise<SearchAnswer> {
	const filters = clean(options.filters ?? {});
	const session = new Session(pagefind, options.sort ?? 'relevance', options.dates);
	const words = queryWords(converted ?? query);
	const forms = expandWords(words, terms, options.aliases ?? true);
	const named = termsNamed(words, terms);
	if (words.length === 0) return { words, forms, converted, terms: named, total: 0, counts: {} as FacetCounts, absent: [], load: async () => [] };
	const counting = options.counts ?? true;
	if (counting) await loadFilterIndex(pagefind);
	const { hits, responses } = await session.hits(forms, filters);
	const counts = counting ? await facetCounts(session, forms, filters, responses) : ({} as FacetCounts);
	let absent: string[] = [];
	if (hits.length === 0) {
		const alone = await Promise.all(forms.map(async (group) => (await session.hits([group], {})).hits.length));
		absent = words.filter((_, i) => alone[i] === 0);
	}
	const loaded = new Map<string, Promise<SearchResult>>();
	const allForms = forms.flat();
	return {
		words,
		forms,
		converted,
		terms: named,
		total: hits.length,
		counts,
		absent,
		load: (from, to) =>
			Promise.all(
				hits.slice(from, to).map((hit) => {
					let result = loaded.get(hit.id);
					if (!result) {
						result = session.results.get(hit.id)!.data().then((data) => toResult(data, allForms));
						loaded.set(hit.id, result);
					}
					return result;
				}),
			),
	};
}

