/**
 * Exact Chinese full-text search: a record matches a query when its text contains every word of the
 * query, as written — no segmentation, so 双报到 never matches a page that only has 双 and 报到 apart.
 *
 * Index: every character unigram and bigram of every record points to the records containing it,
 * split into shards by a hash of the gram, so a query downloads only the shards of its own grams.
 * Those postings give candidates (a superset); each candidate's text is then checked for the exact
 * words, which also yields the paragraphs where they occur. Pure functions, shared by the build (index
 * endpoints), the browser client and the tests.
 */

/** A searchable record as the index stores it. */
export interface SearchDoc {
	/** Record id (URL /cases/<id>/). */
	id: string;
	title: string;
	/** Paragraphs and headings of the body, numbered as on the page (¶N → #p-N). */
	paragraphs: { n: number; text: string }[];
}

/** Filterable metadata of a record, shipped with the index. */
export interface SearchDocMeta {
	id: string;
	title: string;
	url: string;
	jurisdiction: { id: string; name: string };
	province: { id: string; name: string };
	year: number | null;
	docType: { id: string; label: string };
	themes: { id: string; label: string }[];
}

export interface SearchIndexMeta {
	/** Number of gram shards. */
	shards: number;
	/** Glossary forms that mean the same (a term and its aliases), folded: searching one finds all. */
	aliases: string[][];
	/** Records in index order: postings refer to records by their position here. */
	docs: SearchDocMeta[];
}

/** A shard: gram → positions (in `docs`) of the records containing it. */
export type SearchShard = Record<string, number[]>;

/** 32-bit FNV-1a over UTF-16 code units: stable across Node and browsers. */
export function hashGram(gram: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < gram.length; i++) {
		hash ^= gram.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export function shardOf(gram: string, shards: number): number {
	return hashGram(gram) % shards;
}

/** Characters of a string (code points, so astral characters stay whole). */
function chars(text: string): string[] {
	return Array.from(text);
}

/** The grams a word is looked up by: itself if one character, else its distinct bigrams. */
export function gramsOf(word: string): string[] {
	const c = chars(word);
	if (c.length <= 1) return c;
	const grams = new Set<string>();
	for (let i = 0; i + 1 < c.length; i++) grams.add(c[i]! + c[i + 1]!);
	return [...grams];
}

/** Every unigram and bigram of a text (what the index stores). Whitespace is not a gram. */
export function indexGrams(text: string): Set<string> {
	const c = chars(text);
	const grams = new Set<string>();
	for (let i = 0; i < c.length; i++) {
		if (/\s/.test(c[i]!)) continue;
		grams.add(c[i]!);
		if (i + 1 < c.length && !/\s/.test(c[i + 1]!)) grams.add(c[i]! + c[i + 1]!);
	}
	return grams;
}

/** Searchable text of a record: its title and paragraphs, one per line (a word never spans two). */
export function docText(doc: SearchDoc): string {
	return [doc.title, ...doc.paragraphs.map((p) => p.text)].join('\n');
}

/** A shard count that keeps shards small (about `gramsPerShard` grams each) as the corpus grows. */
export function chooseShardCount(distinctGrams: number, gramsPerShard = 400): number {
	return Math.min(4096, Math.max(8, 2 ** Math.round(Math.log2(Math.max(1, distinctGrams / gramsPerShard)))));
}

/**
 * Every gram of the records (of the folded text, like queries) → positions of the records containing
 * it, ascending; grams in order of first occurrence. One pass: its size is the distinct gram count
 * that `chooseShardCount` needs, so the texts are not cut into grams twice.
 */
export function buildPostings(docs: SearchDoc[]): Map<string, number[]> {
	const postings = new Map<string, number[]>();
	docs.forEach((doc, position) => {
		for (const line of foldText(docText(doc)).split('\n'))
			for (const gram of indexGrams(line)) {
				const list = postings.get(gram);
				if (!list) postings.set(gram, [position]);
				else if (list.at(-1) !== position) list.push(position);
			}
	});
	return postings;
}

/** Splits postings into shards by gram hash, each shard keeping the grams' order. */
export function shardPostings(postings: Map<string, number[]>, shards: number): SearchShard[] {
	const out: SearchShard[] = Array.from({ length: shards }, () => ({}));
	for (const [gram, list] of postings) out[shardOf(gram, shards)]![gram] = list;
	return out;
}

/** Builds the shards for the records, in the given order. */
export function buildShards(docs: SearchDoc[], shards: number): SearchShard[] {
	return shardPostings(buildPostings(docs), shards);
}

/**
 * Normalises a query as typed: Unicode NFKC (full-width Latin and digits to half-width), case folded,
 * split on whitespace (including the ideographic space), duplicates removed.
 */
export function queryWords(query: string): string[] {
	const words = query.normalize('NFKC').toLowerCase().split(/\s+/u).filter(Boolean);
	return [...new Set(words)];
}

/**
 * Each query word with the forms it stands for: a glossary term or alias brings all its forms
 * (台帐 → 台账, 台帐); any other word stands for itself.
 */
export function expandWords(words: string[], aliases: string[][]): string[][] {
	return words.map((word) => aliases.find((group) => group.includes(word)) ?? [word]);
}

/** Intersects sorted posting lists. */
function intersect(a: number[], b: number[]): number[] {
	const set = new Set(b);
	return a.filter((x) => set.has(x));
}

/** Candidate records for the words (every gram of every word must be present): a superset of the matches. */
export function candidates(words: string[], lookup: (gram: string) => number[]): number[] {
	let result: number[] | undefined;
	for (const word of words)
		for (const gram of gramsOf(word)) {
			const postings = lookup(gram);
			result = result === undefined ? [...postings] : intersect(result, postings);
			if (result.length === 0) return [];
		}
	return result ?? [];
}

/** Candidates when each word may appear in any of several forms: union per word, intersection across words. */
export function candidatesForGroups(groups: string[][], lookup: (gram: string) => number[]): number[] {
	let result: number[] | undefined;
	for (const forms of groups) {
		const union = [...new Set(forms.flatMap((form) => candidates([form], lookup)))].sort((a, b) => a - b);
		result = result === undefined ? union : intersect(result, union);
		if (result.length === 0) return [];
	}
	return result ?? [];
}

/** True when the record contains, for every word, at least one of its forms. */
export function matchesAllGroups(doc: SearchDoc, groups: string[][]): boolean {
	const text = foldText(docText(doc));
	return groups.every((forms) => forms.some((f) => text.includes(f)));
}

/** Normalised form of record text for matching: the same NFKC + case folding as the query. */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/** True when the record's text contains every word exactly. */
export function matchesAll(doc: SearchDoc, words: string[]): boolean {
	const text = foldText(docText(doc));
	return words.every((w) => text.includes(w));
}

/** How often `word` occurs in `text` (non-overlapping, as a reader counts). */
export function countOccurrences(text: string, word: string): number {
	if (!word) return 0;
	let count = 0;
	for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
	return count;
}

/** A paragraph where query words occur, with how often each occurs. */
export interface ParagraphHit {
	n: number;
	counts: Record<string, number>;
}

/** Paragraphs containing at least one of the words, in page order. */
export function paragraphHits(doc: SearchDoc, words: string[]): ParagraphHit[] {
	return doc.paragraphs.flatMap((p) => {
		const text = foldText(p.text);
		const counts = Object.fromEntries(words.map((w) => [w, countOccurrences(text, w)]).filter(([, c]) => (c as number) > 0));
		return Object.keys(counts).length ? [{ n: p.n, counts }] : [];
	});
}

/** A piece of an excerpt: text, marked when it is a query word. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/**
 * An excerpt around the first occurrence of any word in `text`, with every occurrence inside it marked:
 * `radius` characters before it and twice that from it on (readers read forward from the match).
 */
export function excerpt(text: string, searchWords: string[], radius = 40): ExcerptPart[] {
	const words = searchWords.filter(Boolean); // an empty word would match everywhere, forever
	const folded = foldText(text);
	// NFKC can change lengths only for characters a query would not contain in Chinese text; fall back to raw text then.
	const source = folded.length === text.length ? text : folded;
	const firsts = words.map((w) => folded.indexOf(w)).filter((i) => i >= 0);
	if (firsts.length === 0) return [{ text: source.slice(0, radius * 2), mark: false }];
	const first = Math.min(...firsts);
	const start = Math.max(0, first - radius);
	const end = Math.min(source.length, first + radius * 2);
	const parts: ExcerptPart[] = [];
	let at = start;
	while (at < end) {
		let next = -1;
		let word = '';
		for (const w of words) {
			const i = folded.indexOf(w, at);
			if (i !== -1 && i < end && (next === -1 || i < next || (i === next && w.length > word.length))) {
				next = i;
				word = w;
			}
		}
		if (next === -1) {
			parts.push({ text: source.slice(at, end), mark: false });
			break;
		}
		if (next > at) parts.push({ text: source.slice(at, next), mark: false });
		parts.push({ text: source.slice(next, next + word.length), mark: true });
		at = next + word.length;
	}
	if (start > 0) parts.unshift({ text: '…', mark: false });
	if (end < source.length) parts.push({ text: '…', mark: false });
	return parts;
}

/** Search filters; each is a set of accepted ids (empty: no restriction). */
export interface SearchFilters {
	jurisdiction?: string[];
	province?: string[];
	docType?: string[];
	year?: string[];
	theme?: string[];
}

/** True when a record passes every filter. */
export function passesFilters(meta: SearchDocMeta, filters: SearchFilters): boolean {
	const accept = (values: string[] | undefined, have: string[]) => !values?.length || have.some((h) => values.includes(h));
	return (
		accept(filters.jurisdiction, [meta.jurisdiction.id]) &&
		accept(filters.province, [meta.province.id]) &&
		accept(filters.docType, [meta.docType.id]) &&
		accept(filters.year, [meta.year === null ? 'unknown' : String(meta.year)]) &&
		accept(filters.theme, meta.themes.map((t) => t.id))
	);
}
