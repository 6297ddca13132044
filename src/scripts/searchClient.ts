/**
 * The search client: loads the published index lazily (metadata, then only the shards of the query's
 * grams, then only the candidate records' texts), caches everything, and answers exactly.
 * OpenCC is loaded only when the query has characters the simplified corpus lacks.
 */
import {
	candidatesForGroups,
	excerpt,
	expandWords,
	gramsOf,
	matchesAllGroups,
	paragraphHits,
	passesFilters,
	queryWords,
	shardOf,
	type ExcerptPart,
	type ParagraphHit,
	type SearchDoc,
	type SearchDocMeta,
	type SearchFilters,
	type SearchIndexMeta,
	type SearchShard,
} from '../lib/search.ts';

export interface SearchResult {
	meta: SearchDocMeta;
	hits: ParagraphHit[];
	excerpt: ExcerptPart[];
	/** The paragraph the excerpt comes from. */
	excerptParagraph: number | undefined;
	/** The text of each paragraph with a hit (for scripts using the JS API). */
	paragraphs: Map<number, string>;
}

export interface SearchAnswer {
	/** The words searched (after conversion, if any). */
	words: string[];
	/** For each word, the forms searched (a glossary term's aliases join it). */
	forms: string[][];
	/** The simplified form searched instead of a traditional query, if converted. */
	converted: string | undefined;
	results: SearchResult[];
}

const base = '/search-index/';
let meta: Promise<SearchIndexMeta> | undefined;
const shards = new Map<number, Promise<SearchShard>>();
const docs = new Map<string, Promise<SearchDoc>>();
let simplify: Promise<(text: string) => string> | undefined;

async function json<T>(path: string): Promise<T> {
	const response = await fetch(`${base}${path}`);
	if (!response.ok) throw new Error(`search index: ${path}: HTTP ${response.status}`);
	return response.json() as Promise<T>;
}

const getMeta = () => (meta ??= json<SearchIndexMeta>('meta.json'));

function getShard(n: number): Promise<SearchShard> {
	let shard = shards.get(n);
	if (!shard) shards.set(n, (shard = json<SearchShard>(`shards/${n}.json`)));
	return shard;
}

function getDoc(id: string): Promise<SearchDoc> {
	let doc = docs.get(id);
	if (!doc) docs.set(id, (doc = json<SearchDoc>(`docs/${id}.json`)));
	return doc;
}

/** Loads the shards a set of words needs and returns a synchronous posting lookup. */
async function lookupFor(words: string[], index: SearchIndexMeta) {
	const grams = words.flatMap(gramsOf);
	const loaded = new Map<number, SearchShard>();
	await Promise.all([...new Set(grams.map((g) => shardOf(g, index.shards)))].map(async (n) => loaded.set(n, await getShard(n))));
	return (gram: string) => loaded.get(shardOf(gram, index.shards))?.[gram] ?? [];
}

/** True when some gram of the words is absent from the index: the query may be in traditional script. */
function hasUnknownGram(words: string[], lookup: (gram: string) => number[]): boolean {
	return words.some((w) => gramsOf(w).some((g) => lookup(g).length === 0));
}

let traditional: Promise<Set<string>> | undefined;

/** True when the query has a character OpenCC tw→cn would change (list fetched on first need). */
async function hasTraditional(query: string): Promise<boolean> {
	traditional ??= json<{ chars: string }>('traditional.json').then((t) => new Set(Array.from(t.chars)));
	const set = await traditional;
	return Array.from(query).some((c) => set.has(c));
}

export async function search(query: string, filters: SearchFilters = {}): Promise<SearchAnswer> {
	const index = await getMeta();
	let words = queryWords(query);
	let converted: string | undefined;
	if (words.length === 0) return { words, forms: [], converted, results: [] };
	let lookup = await lookupFor(expandWords(words, index.aliases).flat(), index);
	if (hasUnknownGram(words, lookup) && (await hasTraditional(query))) {
		simplify ??= import('../lib/simplifyQuery.ts').then((m) => m.simplifyQuery);
		const simplified = (await simplify)(query);
		if (simplified !== query) {
			converted = simplified;
			words = queryWords(simplified);
			lookup = await lookupFor(expandWords(words, index.aliases).flat(), index);
		}
	}
	const forms = expandWords(words, index.aliases);
	const allForms = forms.flat();
	// Filters apply before any record text is fetched: they save bytes as well as time.
	const passing = candidatesForGroups(forms, lookup)
		.map((p) => index.docs[p]!)
		.filter((m) => passesFilters(m, filters));
	const checked = await mapLimited(passing, 16, async (m) => ({ m, doc: await getDoc(m.id) }));
	const results = checked.flatMap(({ m, doc }): SearchResult[] => {
		if (!matchesAllGroups(doc, forms)) return [];
		const hits = paragraphHits(doc, allForms);
		const first = hits[0];
		const paragraph = first ? doc.paragraphs.find((p) => p.n === first.n) : undefined;
		return [
			{
				meta: m,
				hits,
				excerpt: excerpt(paragraph?.text ?? doc.title, allForms),
				excerptParagraph: first?.n,
				paragraphs: new Map(doc.paragraphs.filter((p) => hits.some((h) => h.n === p.n)).map((p) => [p.n, p.text])),
			},
		];
	});
	return { words, forms, converted, results };
}

/** The filter options, from the index metadata (for the search page's controls). */
export async function filterOptions(): Promise<SearchDocMeta[]> {
	return (await getMeta()).docs;
}

/**
 * `Promise.all` over `items` with at most `limit` calls running: a common term in a large library has
 * thousands of candidate texts, and Chromium refuses that many requests at once
 * (net::ERR_INSUFFICIENT_RESOURCES, seen at 5,000 records in the benchmark).
 */
async function mapLimited<T, R>(items: T[], limit: number, call: (item: T) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await call(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return out;
}
