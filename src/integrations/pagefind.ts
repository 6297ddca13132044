import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import type { PagefindRecord } from '../lib/searchRecord.ts';
import { includeCharacters, indexLanguage } from '../lib/searchTokens.ts';

/** Where the build writes each record's search input (src/pages/search/records/[id].json.ts). */
export const searchRecordsDir = 'search/records';

/**
 * Index chunk size for small libraries. A query downloads the whole chunk its tokens fall in; Pagefind's
 * default (3 chunks for the 8 records) made a query fetch 72 KB of index at the median. At 3,000 the
 * 8 records' index is 19 chunks and a query fetches 17 KB (measured over the policy terms). Large
 * libraries keep the default: their chunks are already small, and more chunks grow the metadata every
 * first query loads. Pagefind reads this setting only from the environment (PAGEFIND_UNSTABLE_…).
 */
const smallLibraryChunkSize = '3000';
const smallLibraryRecords = 200;

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
				if (inputs.length < smallLibraryRecords) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= smallLibraryChunkSize;
				const { index, errors } = await createIndex({ forceLanguage: indexLanguage, includeCharacters });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				let count = 0;
				for (const name of inputs) {
					const record = JSON.parse(readFileSync(join(inputDir, name), 'utf8')) as PagefindRecord;
					const added = await index.addCustomRecord(record);
					if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
					count++;
				}
				const pagefindDir = join(outDir, 'pagefind');
				const written = await index.writeFiles({ outputPath: pagefindDir });
				if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
				await close();
				rmSync(inputDir, { recursive: true });
				for (const name of readdirSync(pagefindDir)) if (unusedFiles.test(name)) rmSync(join(pagefindDir, name));
				logger.info(`Pagefind indexed ${count} records`);
			},
		},
	};
}
