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
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import { cellText, factColumns, type FactRow, type FactsJson } from '../../src/lib/factsTable.ts';
import { baseQuantity } from '../../src/lib/quantities.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { projectRoot, realContentDir } from '../fixtures/bad-content.ts';
import { elementText } from '../support/builtPage.ts';

const outDir = process.env.LIBRARY_OUT_DIR ?? join(projectRoot, 'dist');
const csvPath = join(outDir, 'data', 'facts.csv');
const jsonPath = join(outDir, 'data', 'facts.json');
const built = existsSync(csvPath) && existsSync(jsonPath);
const notBuilt = `${outDir}/data/facts.{csv,json} missing: run \`npm run build\` first (npm test does)`;

/** The facts of content/, as the downloads must carry them. */
function contentFacts() {
	const { library, problems } = readContent(realContentDir);
	assert.deepEqual(problems, [], 'content/ is valid');
	return flattenFacts(contentFactSources(library));
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

	test('doc_type and jurisdiction_level are the record’s and its place’s; year and year_source the fact’s asOf, else the record’s date, else empty', { skip }, () => {
		const { library } = readContent(realContentDir);
		const records = new Map(library.cases.map((c) => [c.id, c]));
		const levels = new Map(library.jurisdictions.map((j) => [j.id, j.data.level]));
		const sources = new Set<string | null>();
		for (const row of output!.json.facts) {
			const record = records.get(row.record)!;
			assert.equal(row.doc_type, record.data.docType, row.quote);
			assert.equal(row.jurisdiction_level, levels.get(row.jurisdiction), row.quote);
			const fact = record.data.facts.find((f) => f.quote === row.quote && f.dimension.id === row.dimension)!;
			const recordDate = record.data.published.date ?? record.data.reposted?.date ?? null;
			const expected = fact.asOf ? [Number(fact.asOf.slice(0, 4)), 'as_of'] : recordDate ? [Number(recordDate.slice(0, 4)), 'record'] : [null, null];
			assert.deepEqual([row.year, row.year_source], expected, `${row.record}: ${row.quote}`);
			sources.add(row.year_source);
		}
		assert.deepEqual([...sources].sort(), ['as_of', 'record', null].sort(), 'all three cases occur in the real data');
	});

	test('base_value and base_unit: every quantity in base units (万/亿 multiplied out), never a practice', { skip }, () => {
		for (const row of output!.json.facts) {
			const base = baseQuantity(row.value, row.unit ?? undefined);
			assert.deepEqual([row.base_value, row.base_unit], [base?.value ?? null, base?.unit ?? null], `${row.record}: ${row.quote}`);
			if (typeof row.value === 'string') assert.equal(row.base_value, null, `${row.quote}: a practice has no base value`);
			else assert.notEqual(row.base_value, null, `${row.quote}: ${row.value} ${row.unit} has a base value`);
		}
	});

	test('facts.csv: Lanzhou’s 1.4万余名 grid workers are 14000 名, qualifier 余 kept, no year (the record is undated)', { skip }, () => {
		const rows = parse(output!.csv.toString('utf8'), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		const grid = rows.filter((r) => r['quote'] === '全市配备专兼职网格员1.4万余名');
		assert.equal(grid.length, 1);
		const { record, doc_type, jurisdiction_level, value, unit, qualifier, base_value, base_unit, year, year_source } = grid[0]!;
		assert.deepEqual(
			{ record, doc_type, jurisdiction_level, value, unit, qualifier, base_value, base_unit, year, year_source },
			{
				record: 'lanzhou-wangge-dangjian',
				doc_type: 'experience-article',
				jurisdiction_level: 'prefecture-level city',
				value: '1.4',
				unit: '万名',
				qualifier: '余',
				base_value: '14000',
				base_unit: '名',
				year: '',
				year_source: '',
			},
		);
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
