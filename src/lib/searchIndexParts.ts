/**
 * The search index in parts: Pagefind's indexer holds a whole index in memory while it builds it, and
 * that memory follows the text it indexes (fed as bigrams: 3.3 GB for 2,500 records of the synthetic
 * corpus's mix, 4.3 GB for 2,500 of its long records alone), so a large library is indexed in parts of
 * at most `indexPartSize` records and `indexPartChars` characters of record text, one Pagefind bundle
 * each, built one after another; the browser merges them (Pagefind's multisite `mergeIndex`) and a
 * query searches every part. A small library is one part, at /pagefind/.
 */

/**
 * Records per index part at most: 2,500, or LIBRARY_INDEX_PART_SIZE (tests make parts of a small
 * library). Every part costs a cold query its own meta and index chunks (5,000 records in 5 parts of
 * 1,000: 404.7 KB a query at the median; in 2 parts: see the README's benchmark).
 */
export const indexPartSize = partSize(process.env.LIBRARY_INDEX_PART_SIZE);

/**
 * Characters of record text (the Markdown bodies) per index part at most: 8 million, about 2,600
 * records of the synthetic mix (3,035 characters a record) or 1,850 of its long records (4,337), an
 * indexer of about 3.5 GB, within the 4 GB build budget. A part of 2,500 long records had a 4.6 GB peak.
 */
export const indexPartChars = 8_000_000;

/** The part size an environment value asks for (2,500 when unset). */
export function partSize(value: string | undefined): number {
	if (value === undefined || value === '') return 2500;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`LIBRARY_INDEX_PART_SIZE: "${value}" is not a whole number of records ≥ 1`);
	return n;
}

/** How many parts `records` records of `chars` characters of text need (at least one, at most one a record). */
export function partCount(records: number, chars: number, size = indexPartSize, budget = indexPartChars): number {
	return Math.max(1, Math.min(Math.max(records, 1), Math.max(Math.ceil(records / size), Math.ceil(chars / budget))));
}

/** The site path of the n-th part (1-based): /pagefind/, then /pagefind-2/ … (siblings: Pagefind refuses
 * to merge a path under the primary bundle's own). */
function partPath(n: number): string {
	return n === 1 ? '/pagefind/' : `/pagefind-${n}/`;
}

/** The part paths for `count` records, by record count alone (what the scale tests index). */
export function indexPartPaths(count: number, size = indexPartSize): string[] {
	return partitionIndexPaths([{ records: count, chars: 0 }], size)[0]!;
}

/** A partition's records, as its index parts are counted: how many, and their text's characters. */
export interface PartitionText {
	records: number;
	chars: number;
}

/**
 * Each partition's part paths (src/lib/buildPartition.ts), numbered across the library in partition
 * order, so that every build computes the same paths: the first part of the first partition with
 * records is /pagefind/ (the runtime), a partition without records has no part.
 */
export function partitionIndexPaths(partitions: readonly PartitionText[], size = indexPartSize, budget = indexPartChars): string[][] {
	let next = 1;
	// One build of the whole library has its one part even without records.
	const empty = (records: number) => records === 0 && partitions.length > 1;
	return partitions.map(({ records, chars }) => (empty(records) ? [] : Array.from({ length: partCount(records, chars, size, budget) }, () => partPath(next++))));
}

/** `items` cut into `parts` consecutive parts as even as they can be (sizes differ by at most one). */
export function splitIntoParts<T>(items: readonly T[], parts: number): T[][] {
	return Array.from({ length: parts }, (_, i) => items.slice(Math.floor((i * items.length) / parts), Math.floor(((i + 1) * items.length) / parts)));
}

/** What a build tells its indexing step (src/pages/search/index-parts.json.ts → scripts/build-search-index.ts). */
export interface IndexPartsManifest {
	/** The part paths this build writes, in order (none in a library build). */
	paths: string[];
	/** Records in the whole library (the index chunk size follows it). */
	libraryRecords: number;
}
