/**
 * The search client: Pagefind, fed our bigram tokens (src/lib/searchTokens.ts). Each query word is one
 * exact phrase search (a glossary term's forms one each, united); words are intersected. Pagefind
 * downloads only the index chunks of the query's tokens, then one fragment per result shown, from
 * which the text is decoded for the excerpt and the paragraph hits. OpenCC loads only for a
 * traditional-script query that finds nothing as typed.
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
} from '../lib/search.ts';
import { searchFields, searchFilterNames, sortKeys, type SearchFilterName } from '../lib/searchRecord.ts';
import { decodeSearchContent, indexLanguage, minimalForms, phraseQuery, queryWords } from '../lib/searchTokens.ts';

/** Pagefind's browser API, as far as we use it. */
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
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
	/** Counts per filter value for the current query, each group counted with the other filters applied. */
	counts: FacetCounts;
	/** Words that occur in no record at all (reported when nothing matches). */
	absent: string[];
	/** Loads results [from, to) in the answer's order (one fragment download each, cached). */
	load(from: number, to: number): Promise<SearchResult[]>;
}

const pagefindBase = '/pagefind/';
let engine: Promise<Pagefind> | undefined;
let glossary: Promise<SearchTerm[]> | undefined;
let traditional: Promise<Set<string>> | undefined;
let simplify: Promise<(text: string) => string> | undefined;

async function json<T>(path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`search: ${path}: HTTP ${response.status}`);
	return response.json() as Promise<T>;
}

function getEngine(): Promise<Pagefind> {
	engine ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${pagefindBase}pagefind.js`)) as { createInstance(options: object): Pagefind };
		// Pagefind takes the query's language from <html lang> when an instance is created, and on a zh
		// page it segments the query (双报 → 双 报), breaking every bigram phrase. The index is in an
		// undetermined language: present that for the instant of creation, then restore it.
		const html = document.documentElement;
		const lang = html.getAttribute('lang');
		html.setAttribute('lang', indexLanguage);
		let instance: Pagefind;
		try {
			instance = module.createInstance({ basePath: pagefindBase, noWorker: true });
		} finally {
			if (lang === null) html.removeAttribute('lang');
			else html.setAttribute('lang', lang);
		}
		await instance.init();
		await instance.filters(); // loads the filter index, so that searches report counts
		return instance;
	})();
	return engine;
}

const getGlossary = () => (glossary ??= json<SearchTerm[]>('/search/terms.json'));

/** True when the query has a character OpenCC tw→cn would change (list fetched on first need). */
async function hasTraditional(query: string): Promise<boolean> {
	traditional ??= json<{ chars: string }>('/search/traditional.json').then((t) => new Set(Array.from(t.chars)));
	const set = await traditional;
	return Array.from(query).some((c) => set.has(c));
}

const sortOption = (sort: SearchSort): Record<string, string> =>
	sort === 'newest' ? { [sortKeys.newest]: 'desc' } : sort === 'oldest' ? { [sortKeys.oldest]: 'asc' } : {};

/** Searches under one engine, sort and alias setting, memoising each phrase × filters search. */
class Session {
	private cache = new Map<string, Promise<PagefindResponse>>();
	private valueIds = new Map<string, Promise<Set<string>>>();
	readonly results = new Map<string, PagefindResult>();
	private pagefind: Pagefind;
	private sort: SearchSort;

	constructor(pagefind: Pagefind, sort: SearchSort) {
		this.pagefind = pagefind;
		this.sort = sort;
	}

	phrase(form: string, filters: SearchFilters): Promise<PagefindResponse> {
		const key = JSON.stringify([form, filters]);
		let response = this.cache.get(key);
		if (!response) {
			response = this.pagefind.search(phraseQuery(form), { filters: clean(filters), sort: sortOption(this.sort) });
			this.cache.set(key, response);
		}
		return response.then((r) => {
			for (const result of r.results) this.results.set(result.id, result);
			return r;
		});
	}

	/** The records matching every word group under the filters, in answer order. */
	async hits(groups: string[][], filters: SearchFilters): Promise<{ hits: EngineHit[]; responses: PagefindResponse[][] }> {
		const responses = await Promise.all(groups.map((forms) => Promise.all(minimalForms(forms).map((f) => this.phrase(f, filters)))));
		const perWord = responses.map((forms) => forms.map((r) => r.results.map(({ id, score }) => ({ id, score }))));
		return { hits: combineHits(perWord, this.sort === 'relevance' && groups.length > 1), responses };
	}

	/** Ids of every record with a filter value (a filter-only search; cached). */
	idsWith(name: SearchFilterName, value: string): Promise<Set<string>> {
		const key = `${name}\u0000${value}`;
		let ids = this.valueIds.get(key);
		if (!ids) {
			ids = this.pagefind.search(null, { filters: { [name]: value } }).then((r) => new Set(r.results.map((x) => x.id)));
			this.valueIds.set(key, ids);
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
	return new URL(url, location.href).pathname;
}

function toResult(data: { url: string; content: string; meta: Record<string, string> }, forms: string[]): SearchResult {
	const text = decodeSearchContent(data.content);
	const url = recordPath(data.url);
	const hits = paragraphHits(text.paragraphs, forms);
	const first = hits[0];
	const paragraph = first ? text.paragraphs.find((p) => p.n === first.n) : undefined;
	const hitParagraphs = new Map(text.paragraphs.filter((p) => hits.some((h) => h.n === p.n)).map((p) => [p.n, p.text]));
	const links = new Map(
		hits.map((h) => {
			const word = forms.find((f) => h.counts[f]) ?? forms[0]!;
			return [h.n, paragraphLink(url, h.n, hitParagraphs.get(h.n)!, word)];
		}),
	);
	const title = text.fields[0] ?? '';
	return {
		id: url.split('/')[2] ?? url,
		url,
		title,
		place: data.meta.place ?? '',
		date: data.meta.date ?? '',
		docType: data.meta.docType ?? '',
		hits,
		links,
		excerpt: excerpt(paragraph?.text ?? title, forms),
		excerptParagraph: first?.n,
		fieldsMatched: fieldsContaining(text.fields, forms).map((i) => searchFields[i]!.label),
		paragraphs: hitParagraphs,
	};
}

async function answer(query: string, options: SearchOptions, converted?: string): Promise<SearchAnswer> {
	const [pagefind, terms] = await Promise.all([getEngine(), getGlossary()]);
	const filters = clean(options.filters ?? {});
	const session = new Session(pagefind, options.sort ?? 'relevance');
	const words = queryWords(converted ?? query);
	const forms = expandWords(words, terms, options.aliases ?? true);
	const named = termsNamed(words, terms);
	if (words.length === 0) return { words, forms, converted, terms: named, total: 0, counts: {} as FacetCounts, absent: [], load: async () => [] };
	const { hits, responses } = await session.hits(forms, filters);
	const counts = await facetCounts(session, forms, filters, responses);
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

/** Searches; a traditional-script query that finds nothing as typed is converted (OpenCC) and searched again. */
export async function search(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
	const first = await answer(query, options);
	if (first.absent.length === 0 || !(await hasTraditional(query))) return first;
	simplify ??= import('../lib/simplifyQuery.ts').then((m) => m.simplifyQuery);
	const simplified = (await simplify)(query);
	return simplified === query ? first : answer(query, options, simplified);
}
