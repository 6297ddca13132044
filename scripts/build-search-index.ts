/**
 * Writes the site's search index into a built site (dist/, or LIBRARY_OUT_DIR) once `astro build` has
 * ended; `npm run build` runs both:  node scripts/build-search-index.ts
 *
 * Why a step after the build and not an integration in astro:build:done (Starlight's way, ours until
 * issue 15): there Pagefind's indexer (1.4 GB for 1,000 records) ran beside Astro's process at its
 * largest (1.4 GB at 1,000 records, 3.7 GB at 5,000), and the build's memory peak was their sum
 * (2,962 MB at 1,000 records); one after the other, the peak is the larger of the two (1,671 MB).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { parseBuildShare } from '../src/lib/buildPartition.ts';
import { splitIntoParts, type IndexPartsManifest } from '../src/lib/searchIndexParts.ts';
import { dateOrder, showMeta, type PagefindRecord } from '../src/lib/searchRecord.ts';
import { includeCharacters, indexLanguage } from '../src/lib/searchTokens.ts';

/** Where the build writes each record's search input (src/pages/search/records/[id].json.ts). */
export const searchRecordsDir = 'search/records';

/** This build's index part paths, written by the build (src/pages/search/index-parts.json.ts). */
export const indexPartsFile = 'search/index-parts.json';

/** Where the records' date order is written (src/lib/searchRecord.ts `dateOrder`), for sorting by date. */
export const dateOrderFile = 'search/date-order.json';

/**
 * Index chunk size. A query downloads the whole chunk each of its tokens falls in, in every index part,
 * and every first query loads each part's list of chunks (its meta). Pagefind's default (20000, in its
 * own units) gave the 8 records 3 chunks and a query 72 KB of index at the median; 3,000 makes 19
 * chunks and 17 KB: a small library takes 3,000. Measured in Chromium at 5,000
 * records in 2 parts (cold query, median of 30 policy-term queries): 358.8 KB at 3,000 (meta 111 KB,
 * index 35), 337.3 at 6,000 (83, 50), 334.9 at 10,000 (67, 75). One index of 5,000 records was best
 * at 10,000 too (Pagefind's default 20,000: 229.7 KB; 5,000: 234.2; 40,000: 268.8, without Pagefind's
 * runtime). (A Node measure that counted the same files favoured small chunks; the browser's does not.)
 * Pagefind reads this setting only from the environment (PAGEFIND_UNSTABLE_…).
 */
export function chunkSize(records: number): string {
	return records < 200 ? '3000' : '10000';
}

/** Each record of a written Pagefind bundle: its fragment id (the file name, which is the result id) and date. */
function fragmentDates(pagefindDir: string): { id: string; date: string | null }[] {
	const dir = join(pagefindDir, 'fragment');
	return readdirSync(dir).map((name) => {
		// A fragment is gzip of "pagefind_dcd" and its JSON.
		const json = gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8');
		const { meta } = JSON.parse(json) as { meta: Record<string, string> };
		return { id: name.replace(/\.pf_fragment$/, ''), date: showMeta(meta).date || null };
	});
}

/** Writes the date order of the records of written Pagefind bundles (all the parts of the site). */
export function writeDateOrder(pagefindDirs: string[], outFile: string): void {
	writeFileSync(outFile, JSON.stringify(dateOrder(pagefindDirs.flatMap(fragmentDates))));
}

/** Pagefind files the site does not use (its UI bundles, the highlighter, the worker: we search with `noWorker`). */
const unusedFiles = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
/** What a merged part needs besides its index: nothing of the runtime, which the primary bundle loads. */
const runtimeFiles = /^(pagefind\.js|wasm\..+\.pagefind)$/;

/**
 * Indexes records into one Pagefind bundle per part (src/lib/searchIndexParts.ts) under `outDir`, one
 * part after another, each with an indexer of its own that ends before the next starts, so the
 * indexer's memory follows the part, not the library. `read(i)` gives record i (read when its part is
 * indexed); `paths` are the parts' site paths, the records split evenly among them in order; only /pagefind/ keeps
 * Pagefind's runtime. `libraryCount` (the whole library's records, for the chunk size) defaults to
 * `count`. Returns the parts' folders.
 */
export async function writeSearchIndex(count: number, read: (i: number) => PagefindRecord, outDir: string, paths: string[], libraryCount = count): Promise<string[]> {
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= chunkSize(libraryCount);
	const parts = splitIntoParts(
		Array.from({ length: count }, (_, i) => i),
		paths.length,
	);
	if (parts.some((part) => part.length === 0)) throw new Error(`${count} records cannot fill the ${paths.length} index parts ${paths.join(' ')}`);
	const dirs: string[] = [];
	for (const [p, part] of parts.entries()) {
		try {
			const { index, errors } = await createIndex({ forceLanguage: indexLanguage, includeCharacters });
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			for (const i of part) {
				const record = read(i);
				const added = await index.addCustomRecord(record);
				if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
			}
			const dir = join(outDir, paths[p]!);
			const written = await index.writeFiles({ outputPath: dir });
			if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
			for (const name of readdirSync(dir)) if (unusedFiles.test(name) || (paths[p] !== '/pagefind/' && runtimeFiles.test(name))) rmSync(join(dir, name));
			dirs.push(dir);
		} finally {
			await close();
		}
	}
	return dirs;
}

/**
 * Indexes the built site in `outDir`: every record's search input (written by the build) into the parts
 * the build names, then removes both. A partition build (src/lib/buildPartition.ts) indexes its own
 * records into its own parts, and leaves the date order of all of them to scripts/merge-partitions.ts.
 */
export async function buildSearchIndex(outDir: string): Promise<{ records: number; parts: number; paths: string[] }> {
	const inputDir = join(outDir, searchRecordsDir);
	const partsFile = join(outDir, indexPartsFile);
	const { paths, libraryRecords } = JSON.parse(readFileSync(partsFile, 'utf8')) as IndexPartsManifest;
	rmSync(partsFile);
	if (paths.length === 0) return { records: 0, parts: 0, paths };
	const inputs = existsSync(inputDir) ? readdirSync(inputDir).filter((n) => n.endsWith('.json')).sort() : [];
	const read = (i: number) => JSON.parse(readFileSync(join(inputDir, inputs[i]!), 'utf8')) as PagefindRecord;
	const dirs = await writeSearchIndex(inputs.length, read, outDir, paths, libraryRecords);
	rmSync(inputDir, { recursive: true });
	if (parseBuildShare(process.env.LIBRARY_PARTITION, process.env.LIBRARY_PARTITIONS).kind === 'whole') writeDateOrder(dirs, join(outDir, dateOrderFile));
	return { records: inputs.length, parts: dirs.length, paths };
}

if (import.meta.main) {
	const outDir = process.argv[2] ?? process.env.LIBRARY_OUT_DIR ?? 'dist';
	const { records, parts, paths } = await buildSearchIndex(outDir);
	if (parts === 0) console.log('No search index in this build: the library build indexes no records (each partition build indexes its own)');
	else console.log(`Pagefind indexed ${records} records in ${parts} part${parts > 1 ? 's' : ''} (${paths.map((p) => join(outDir, p)).join(', ')})`);
}
