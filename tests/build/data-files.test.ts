/**
 * The open-data downloads of a finished build (`npm run build`, run by `npm test` before this):
 * dist/data/facts.csv and dist/data/facts.json hold the same table, and that table is exactly the
 * facts of content/, each linking to a built paragraph that contains its quote.
 * LIBRARY_OUT_DIR, as in astro.config.mjs, points at another build output.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type FlatFact } from '../../src/lib/compareMatrix.ts';
import { flattenFacts } from '../../src/lib/flattenFacts.ts';
import { cellText, factColumns, type FactRow, type FactsJson } from '../../src/lib/factsTable.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { projectRoot, realContentDir } from '../fixtures/bad-content.ts';
import { elementText } from '../support/builtHtml.ts';

const outDir = process.env.LIBRARY_OUT_DIR ?? join(projectRoot, 'dist');
const csvPath = join(outDir, 'data', 'facts.csv');
const jsonPath = join(outDir, 'data', 'facts.json');
const built = existsSync(csvPath) && existsSync(jsonPath);
const notBuilt = `${outDir}/data/facts.{csv,json} missing: run \`npm run build\` first (npm test does)`;

/** The facts of content/, as the downloads must carry them. */
function contentFacts() {
	const { library, problems } = readContent(realContentDir);
	assert.deepEqual(problems, [], 'content/ is valid');
	return flattenFacts(
		library.cases.map((c) => ({ id: c.id, title: c.data.title, jurisdictionId: c.data.jurisdiction.id, body: c.body, facts: c.data.facts })),
	);
}

/** A fact's content as both sides carry it; JSON.stringify keeps 7 and "7" apart, so value types are compared too. */
function factKey(f: Pick<FactRow, 'record' | 'dimension' | 'value' | 'unit' | 'qualifier' | 'quote' | 'paragraph'>): string {
	return JSON.stringify([f.record, f.dimension, f.value, f.unit, f.qualifier, f.quote, f.paragraph]);
}

function contentKey(f: FlatFact): string {
	const { recordId: record, dimensionId: dimension, value, quote, paragraph } = f;
	return factKey({ record, dimension, value, unit: f.unit ?? null, qualifier: f.qualifier ?? null, quote, paragraph });
}

/** Read only when built, so a missing build gives one clear failure instead of a crash. */
const output = built ? { csv: readFileSync(csvPath), json: JSON.parse(readFileSync(jsonPath, 'utf8')) as FactsJson } : undefined;
const skip = output ? false : 'no build output';

describe('open data: /data/facts.csv and /data/facts.json', () => {
	test('the build wrote both files', () => {
		assert.ok(built, notBuilt);
	});

	test('the CSV starts with a UTF-8 BOM and ends its lines in CRLF', { skip }, () => {
		const csv = output!.csv.toString('utf8');
		assert.equal(output!.csv.subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 byte order mark, so Excel reads the Chinese');
		assert.ok(csv.startsWith(`\uFEFF${factColumns.join(',')}\r\n`), 'header row after the BOM');
		assert.ok(csv.endsWith('\r\n'));
	});

	test('the JSON documents itself: description, licence, every column, no timestamp', { skip }, () => {
		const { json } = output!;
		assert.deepEqual(Object.keys(json), ['description', 'license', 'columns', 'facts']);
		assert.equal(json.license.spdx, 'CC-BY-4.0');
		assert.deepEqual(Object.keys(json.columns), [...factColumns]);
		assert.match(json.description, /paragraph_url/);
		for (const row of json.facts) assert.deepEqual(Object.keys(row), [...factColumns]);
	});

	test('the CSV parses back to exactly the rows of the JSON', { skip }, () => {
		const { json } = output!;
		const records = parse(output!.csv.toString('utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
		assert.deepEqual(records[0], [...factColumns], 'header');
		assert.equal(records.length - 1, json.facts.length, 'one CSV row per JSON fact');
		assert.deepEqual(
			records.slice(1),
			json.facts.map((row) => factColumns.map((c) => cellText(row[c]))),
		);
	});

	test('exactly the facts of content/: record, dimension, value (number or text, as in the source data), unit, qualifier, quote, ¶', { skip }, () => {
		const { json } = output!;
		const facts = contentFacts();
		assert.ok(facts.length > 0);
		assert.equal(json.facts.length, facts.length, 'same count');
		assert.deepEqual(json.facts.map(factKey).sort(), facts.map(contentKey).sort());
		assert.ok(json.facts.some((r) => typeof r.value === 'number'), 'quantities stay numbers');
		assert.ok(json.facts.some((r) => typeof r.value === 'string'), 'practices stay text');
	});

	test('each paragraph_url leads to a built paragraph that contains the quote', { skip }, () => {
		const pages = new Map<string, string>();
		for (const row of output!.json.facts) {
			// Site-relative until astro.config.mjs sets `site`; then absolute on it. Either way the path is the record's.
			const url = new URL(row.paragraph_url, 'http://relative.invalid');
			assert.equal(url.pathname, `/cases/${row.record}/`, `${row.paragraph_url}: the record's page`);
			assert.equal(url.hash, `#p-${row.paragraph}`, `${row.paragraph_url}: the ¶ anchor`);
			const page = join(outDir, 'cases', row.record, 'index.html');
			if (!pages.has(page)) {
				assert.ok(existsSync(page), `${page} is built`);
				pages.set(page, readFileSync(page, 'utf8'));
			}
			const text = elementText(pages.get(page)!, url.hash.slice(1));
			assert.ok(text.includes(row.quote), `${row.paragraph_url} contains “${row.quote}”; its text: ${text}`);
		}
	});
});
