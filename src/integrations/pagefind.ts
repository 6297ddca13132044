import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { dateOrder, showMeta, type PagefindRecord } from '../lib/searchRecord.ts';
import { includeCharacters, indexLanguage } from '../lib/searchTokens.ts';

/** Where the build writes each record's search input (src/pages/search/records/[id].json.ts). */
export const searchRecordsDir = 'search/records';

/** Where the records' date order is written (src/lib/searchRecord.ts `dateOrder`), for sorting by date. */
export const dateOrderFile = 'search/date-order.json';

/**
 * Index chunk size. A query downloads the whole chunk each of its tokens falls in, and every first query
 * loads the list of chunks. Pagefind's default (20000, in its own units) gave the 8 records 3 chunks and
 * a query 72 KB of index at the median; 3,000 makes 19 chunks and 17 KB. At 5,000 records 10,000 was
 * best of 5,000–80,000: cold query median 226.7 KB without Pagefind's runtime against 229.7 at the
 * default, 234.2 at 5,000 (the chunk list grows faster than the index shrinks), 268.8 at 40,000.
 * Pagefind reads this setting only from the environment (PAGEFIND_UNSTABLE_…).
 */
export function chunkSize(records: number): string {
	return records < 200 ? '3000' : '10000';
}

/** Fragment id (its file name, which is the result id) → record URL, from a written Pagefind bundle. */
function fragmentUrls(pagefindDir: string): Map<string, string> {
	const dir = join(pagefindDir, 'fragment');
	const urls = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		// A fragment is gzip of "pagefind_dcd" and its JSON.
		const json = gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8');
		urls.set(name.replace(/\.pf_fragment$/, ''), (JSON.parse(json) as { url: string }).url);
	}
	return urls;
}

/** Writes the date order of a written Pagefind bundle's records: `dates` maps each record URL to its date. */
export function writeDateOrder(pagefindDir: string, dates: Map<string, string | null>, outFile: string): void {
	const order = dateOrder([...fragmentUrls(pagefindDir)].map(([id, url]) => ({ id, date: dates.get(url) ?? null })));
	writeFileSync(outFile, JSON.stringify(order));
}

/** Pagefind files the site does not use (its UI bundles, the highlighter, the worker: we search with `noWorker`). */
const unusedFiles = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;

/**
 * Builds the site's search index with Pagefind's Node API in `astro:build:done` (as Starlight does):
 * one custom record per case, fed our bigram tokens, in an undetermined language so that Pagefind
 * neither segments nor stems. The per-record inputs are removed afterwards.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'library:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const inputDir = join(outDir, searchRecordsDir);
				const inputs = readdirSync(inputDir).filter((n) => n.endsWith('.json')).sort();
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= chunkSize(inputs.length);
				const { index, errors } = await createIndex({ forceLanguage: indexLanguage, includeCharacters });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				let count = 0;
				const dates = new Map<string, string | null>();
				for (const name of inputs) {
					const record = JSON.parse(readFileSync(join(inputDir, name), 'utf8')) as PagefindRecord;
					dates.set(record.url, showMeta(record.meta).date || null);
					const added = await index.addCustomRecord(record);
					if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
					count++;
				}
				const pagefindDir = join(outDir, 'pagefind');
				const written = await index.writeFiles({ outputPath: pagefindDir });
				if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
				await close();
				rmSync(inputDir, { recursive: true });
				writeDateOrder(pagefindDir, dates, join(outDir, dateOrderFile));
				for (const name of readdirSync(pagefindDir)) if (unusedFiles.test(name)) rmSync(join(pagefindDir, name));
				logger.info(`Pagefind indexed ${count} records`);
			},
		},
	};
}
