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

/** The per-record files in a folder of dist/data/ (cases/<id>.json, texts/<id>.jsonl), in record id order. */
function recordFiles(dir: string, extension: string): string[] {
	const ids = readdirSync(dir)
		.filter((name) => name.endsWith(extension))
		.map((name) => name.slice(0, -extension.length));
	return ids.sort().map((id) => `${id}${extension}`);
}

/** What the bulk files hold: how many records, and the units left without a base value, with their rows. */
interface BulkReport {
	records: number;
	unknownUnits: Map<string, number>;
}

/**
 * Writes cases.json, facts.json and facts.csv from the per-record files (/data/cases/<id>.json, which hold
 * each record's entry and rows), a record at a time in id order. Why not as endpoints: each built its
 * whole file as one string, up to 200 MB at 5,000 records, and that was the build's memory peak.
 */
async function writeBulkFiles(dataDir: string): Promise<BulkReport> {
	const recordDir = join(dataDir, 'cases');
	const names = recordFiles(recordDir, '.json');
	const unknownUnits = new Map<string, number>();
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
			if (typeof row.value === 'number' && row.unit !== null && row.base_value === null) unknownUnits.set(row.unit, (unknownUnits.get(row.unit) ?? 0) + 1);
		}
	}
	await Promise.all([cases.write(casesJsonFrame.tail), json.write(factsFrame.tail)]);
	await Promise.all([cases.end(), json.end(), csv.end()]);
	return { records: names.length, unknownUnits };
}

/**
 * Writes texts.jsonl: the records' own text files (/data/texts/<id>.jsonl, JSON Lines, each line ended)
 * one after another in id order, a file at a time, so that memory holds one record's text, not the library's.
 */
async function writeTexts(dataDir: string): Promise<number> {
	const textDir = join(dataDir, 'texts');
	const names = recordFiles(textDir, '.jsonl');
	const texts = pieceWriter(join(dataDir, 'texts.jsonl'));
	for (const name of names) await texts.write(readFileSync(join(textDir, name), 'utf8'));
	await texts.end();
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
				const { records, unknownUnits } = await writeBulkFiles(dataDir);
				const texts = await writeTexts(dataDir);
				// Unknown units stay unknown (no base_value), but an editor should see them: a new measure word may belong in baseUnits.
				if (unknownUnits.size)
					logger.warn(
						`facts.csv: no base_value for units not in baseUnits (src/lib/quantities.ts): ${[...unknownUnits].map(([unit, n]) => `${unit} (${n} ${n === 1 ? 'fact' : 'facts'})`).join(', ')}`,
					);
				for (const name of bulkFiles) await pipeline(createReadStream(join(dataDir, name)), createGzip({ level: 9 }), createWriteStream(join(dataDir, `${name}.gz`)));
				const page = join(dataDir, 'index.html');
				const html = fillFileSizes(readFileSync(page, 'utf8'), (name) => dataFileSize(dataDir, name));
				writeFileSync(page, html);
				logger.info(`cases.json, facts.json and facts.csv from ${records} per-record files, texts.jsonl from ${texts}; gzip copies of ${bulkFiles.length} open data files; /data/ states ${statedSizes(html).length} sizes`);
			},
		},
	};
}
