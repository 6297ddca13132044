/**
 * The search index in parts: Pagefind's indexer holds a whole index in memory while it builds it
 * (about 1.3 GB per 1,000 records fed as bigrams, 3.3 GB per 2,500), so a large library is indexed in
 * parts of at most `indexPartSize` records, one Pagefind bundle each, built one after another; the browser merges them
 * (Pagefind's multisite `mergeIndex`) and a query searches every part. Up to that many records there
 * is one part, at /pagefind/ as before.
 */

/**
 * Records per index part: 2,500, or LIBRARY_INDEX_PART_SIZE (tests make parts of a small library).
 * Why 2,500: the largest part whose indexer (3.3 GB) stays within the 4 GB build budget; every part
 * costs a cold query its own meta and index chunks (5,000 records in 5 parts of 1,000: 404.7 KB a
 * query at the median; in 2 parts: see the README's benchmark).
 */
export const indexPartSize = partSize(process.env.LIBRARY_INDEX_PART_SIZE);

/** The part size an environment value asks for (2,500 when unset). */
export function partSize(value: string | undefined): number {
	if (value === undefined || value === '') return 2500;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`LIBRARY_INDEX_PART_SIZE: "${value}" is not a whole number of records ≥ 1`);
	return n;
}

/** The site path of each part's bundle for `count` records: /pagefind/, then /pagefind-2/ … (siblings:
 * Pagefind refuses to merge a path under the primary bundle's own). */
export function indexPartPaths(count: number, size = indexPartSize): string[] {
	const parts = Math.max(1, Math.ceil(count / size));
	return Array.from({ length: parts }, (_, i) => (i === 0 ? '/pagefind/' : `/pagefind-${i + 1}/`));
}

/**
 * Each partition's part paths (src/lib/buildPartition.ts) for its record counts, numbered across the
 * library in partition order, so that every build computes the same paths: the first part of the first
 * partition with records is /pagefind/ (the runtime), a partition without records has no part.
 */
export function partitionIndexPaths(counts: readonly number[], size = indexPartSize): string[][] {
	if (counts.length === 1) return [indexPartPaths(counts[0]!, size)];
	let next = 1;
	return counts.map((count) =>
		Array.from({ length: Math.ceil(count / size) }, () => {
			const n = next++;
			return n === 1 ? '/pagefind/' : `/pagefind-${n}/`;
		}),
	);
}

/** `items` cut into the parts, in order (part i holds items i·size … (i+1)·size − 1). */
export function splitIntoParts<T>(items: readonly T[], size = indexPartSize): T[][] {
	return indexPartPaths(items.length, size).map((_, i) => items.slice(i * size, (i + 1) * size));
}

/** What a build tells its indexing step (src/pages/search/index-parts.json.ts → scripts/build-search-index.ts). */
export interface IndexPartsManifest {
	/** The part paths this build writes, in order (none in a library build). */
	paths: string[];
	/** Records in the whole library (the index chunk size follows it). */
	libraryRecords: number;
}
