import type { AstroIntegration } from 'astro';
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { bulkFiles, fillFileSizes, statedSizes } from '../lib/openDataFiles.ts';

/** Bytes of a file under dist/data/, or of all files in a folder (a name ending in /). */
function dataFileSize(dataDir: string, name: string): number {
	const path = join(dataDir, name);
	try {
		if (!name.endsWith('/')) return statSync(path).size;
		return readdirSync(path).reduce((sum, file) => sum + statSync(join(path, file)).size, 0);
	} catch (error) {
		throw new Error(`/data/ states the size of ${name}, which the build did not write (${(error as Error).message})`);
	}
}

/**
 * Writes a gzip copy beside each bulk download of /data/ (facts.csv.gz …), for researchers on slow
 * connections and for hosts that serve precompressed files; then fills in the sizes /data/ states,
 * which its page could not know when it rendered. Node's gzip writes neither a file name nor a time
 * (mtime 0), so the same file compresses to the same bytes: builds stay reproducible. Streamed, not
 * read whole (facts.json is about 200 MB at 5,000 records): the same bytes as gzipSync, checked.
 */
export function openDataFiles(): AstroIntegration {
	return {
		name: 'library:open-data-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dataDir = join(fileURLToPath(dir), 'data');
				for (const name of bulkFiles) await pipeline(createReadStream(join(dataDir, name)), createGzip({ level: 9 }), createWriteStream(join(dataDir, `${name}.gz`)));
				const page = join(dataDir, 'index.html');
				const html = fillFileSizes(readFileSync(page, 'utf8'), (name) => dataFileSize(dataDir, name));
				writeFileSync(page, html);
				logger.info(`gzip copies of ${bulkFiles.length} open data files; /data/ states ${statedSizes(html).length} sizes`);
			},
		},
	};
}
