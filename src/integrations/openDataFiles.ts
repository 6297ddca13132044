import type { AstroIntegration } from 'astro';
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { csvHead, csvLine, factColumnDocs, factsJsonDescription, factsJsonFrame, type FactRow } from '../lib/factsTable.ts';
import { openDataLicence } from '../lib/licence.ts';
import { casesJsonFrame } from '../lib/openData.ts';
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

/** A file written a piece at a time, waiting whenever the stream's buffer is full. */
function pieceWriter(path: string) {
	const stream = createWriteStream(path);
	return {
		write: (text: string) => (stream.write(text) ? Promise.resolve() : new Promise<void>((resolve) => stream.once('drain', resolve))),
		end: () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
	};
}

/**
 * Writes cases.json, facts.json and facts.csv from the per-record files (/data/cases/<id>.json, which hold
 * each record's entry and rows), a record at a time in id order. Why not as endpoints: each built its
 * whole file as one string, up to 200 MB at 5,000 records, and that was the build's memory peak.
 */
async function writeBulkFiles(dataDir: string): Promise<number> {
	const recordDir = join(dataDir, 'cases');
	const names = readdirSync(recordDir).filter((name) => name.endsWith('.json')).sort();
	const cases = pieceWriter(join(dataDir, 'cases.json'));
	const json = pieceWriter(join(dataDir, 'facts.json'));
	const csv = pieceWriter(join(dataDir, 'facts.csv'));
	const factsFrame = factsJsonFrame({ description: factsJsonDescription, license: openDataLicence, columns: factColumnDocs });
	await Promise.all([cases.write(casesJsonFrame.head), json.write(factsFrame.head), csv.write(csvHead)]);
	let rows = 0;
	for (const [i, name] of names.entries()) {
		const { description: _description, license: _license, factRows, ...entry } = JSON.parse(readFileSync(join(recordDir, name), 'utf8')) as { description: string; license: unknown; factRows: FactRow[] };
		await cases.write(`${i ? casesJsonFrame.separator : ''}${JSON.stringify(entry)}`);
		for (const row of factRows) {
			await json.write(`${rows++ ? factsFrame.separator : ''}${JSON.stringify(row)}`);
			await csv.write(csvLine(row));
		}
	}
	await Promise.all([cases.write(casesJsonFrame.tail), json.write(factsFrame.tail)]);
	await Promise.all([cases.end(), json.end(), csv.end()]);
	return names.length;
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
				const records = await writeBulkFiles(dataDir);
				for (const name of bulkFiles) await pipeline(createReadStream(join(dataDir, name)), createGzip({ level: 9 }), createWriteStream(join(dataDir, `${name}.gz`)));
				const page = join(dataDir, 'index.html');
				const html = fillFileSizes(readFileSync(page, 'utf8'), (name) => dataFileSize(dataDir, name));
				writeFileSync(page, html);
				logger.info(`cases.json, facts.json and facts.csv from ${records} per-record files; gzip copies of ${bulkFiles.length} open data files; /data/ states ${statedSizes(html).length} sizes`);
			},
		},
	};
}
