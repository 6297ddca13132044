/**
 * The search client in the browser: loads Pagefind (its module and WebAssembly) on first use, in the
 * index's undetermined language, and the glossary's forms; answers with src/lib/searchEngine.ts.
 * OpenCC loads only for a traditional-script query that finds nothing as typed.
 */
import type { SearchTerm } from '../lib/search.ts';
import { answer, type Pagefind, type SearchAnswer, type SearchOptions } from '../lib/searchEngine.ts';
import type { DateOrder } from '../lib/searchRecord.ts';
import { indexLanguage } from '../lib/searchTokens.ts';

export type { SearchAnswer, SearchFilters, SearchOptions, SearchResult, SearchSort } from '../lib/searchEngine.ts';

/** The index's parts (src/lib/searchIndexParts.ts), as the search page lists them; the first is Pagefind's runtime too. */
function indexParts(): string[] {
	const listed = document.querySelector<HTMLElement>('[data-index-parts]')?.dataset.indexParts?.split(' ').filter(Boolean);
	return listed?.length ? listed : ['/pagefind/'];
}
/** Pagefind's instance, which can merge further bundles into its searches (its multisite API). */
type MergeablePagefind = Pagefind & { mergeIndex(path: string, options: { language: string }): Promise<void> };

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
		const [primary, ...others] = indexParts();
		const module = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as { createInstance(options: object): MergeablePagefind };
		// Pagefind takes the query's language from <html lang> when an instance is created, and on a zh
		// page it segments the query (双报 → 双 报), breaking every bigram phrase. The index is in an
		// undetermined language: present that for the instant of creation, then restore it.
		const html = document.documentElement;
		const lang = html.getAttribute('lang');
		html.setAttribute('lang', indexLanguage);
		let instance: MergeablePagefind;
		try {
			instance = module.createInstance({ basePath: primary, noWorker: true });
		} finally {
			if (lang === null) html.removeAttribute('lang');
			else html.setAttribute('lang', lang);
		}
		await instance.init();
		// The other parts share the primary's WebAssembly; each loads only its own metadata here.
		await Promise.all(others.map((path) => instance.mergeIndex(path, { language: indexLanguage })));
		return instance;
	})().catch((error: unknown) => {
		engine = undefined; // a failed download is retried by the next search
		throw error;
	});
	return engine;
}

const getGlossary = () => (glossary ??= json<SearchTerm[]>('/search/terms.json'));

/** The records' date order, fetched the first time a reader sorts by date (not before). */
let dateOrder: Promise<DateOrder> | undefined;
const getDateOrder = () =>
	(dateOrder ??= json<DateOrder>('/search/date-order.json').catch((error: unknown) => {
		dateOrder = undefined; // a failed download is retried by the next date sort
		throw error;
	}));

/** True when the query has a character OpenCC tw→cn would change (list fetched on first need). */
async function hasTraditional(query: string): Promise<boolean> {
	traditional ??= json<{ chars: string }>('/search/traditional.json').then((t) => new Set(Array.from(t.chars)));
	const set = await traditional;
	return Array.from(query).some((c) => set.has(c));
}

const answers = new Map<string, Promise<SearchAnswer>>();

/**
 * Searches; a traditional-script query that finds nothing as typed is converted (OpenCC) and searched
 * again. The same query with the same options is answered from memory (the index does not change
 * while the page is open).
 */
export function search(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
	const key = JSON.stringify([query, options.filters ?? {}, options.sort ?? 'relevance', options.aliases ?? true, options.counts ?? true]);
	let answer = answers.get(key);
	if (!answer) {
		answer = searchOnce(query, options);
		answers.set(key, answer);
		answer.catch(() => answers.delete(key)); // a failed download is retried by the next search
	}
	return answer;
}

async function searchOnce(query: string, options: SearchOptions): Promise<SearchAnswer> {
	const [pagefind, terms] = await Promise.all([getEngine(), getGlossary()]);
	options = { ...options, dates: getDateOrder };
	const first = await answer(pagefind, terms, query, options);
	if (first.absent.length === 0 || !(await hasTraditional(query))) return first;
	simplify ??= import('../lib/simplifyQuery.ts').then((m) => m.simplifyQuery);
	const simplified = (await simplify)(query);
	return simplified === query ? first : answer(pagefind, terms, query, options, simplified);
}
