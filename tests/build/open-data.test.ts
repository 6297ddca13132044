/** The open data files in dist/ (after `npm run build`) parse, validate with the content schemas and agree with the pages. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { concordance, countByRecord } from '../../src/lib/concordance.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import type { FactRow } from '../../src/lib/factsTable.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { termSchema } from '../../src/schemas/term.ts';

const dist = process.env.LIBRARY_OUT_DIR ?? 'dist';
const read = (path: string) => {
	const file = join(dist, path);
	assert.ok(existsSync(file), `${file} missing: run \`npm run build\` first (npm test does)`);
	return JSON.parse(readFileSync(file, 'utf8'));
};
const { library } = readContent('content');

test('cases.json: every record, validating with the case schema, equal to its content file', () => {
	const { cases, description, license } = read('data/cases.json');
	assert.ok(description.length > 20);
	assert.equal(license.spdx, 'CC-BY-4.0');
	assert.deepEqual(cases.map((c: { id: string }) => c.id).sort(), library.cases.map((c) => c.id).sort());
	for (const exported of cases) {
		const parsed = caseSchema(plainReference).parse(exported);
		const original = library.cases.find((c) => c.id === exported.id)!;
		assert.deepEqual(parsed, original.data, exported.id);
		assert.ok(existsSync(join(dist, exported.url, 'index.html')), `${exported.url} is a built page`);
		assert.equal(exported.source.url, undefined, 'no invented source URL');
		// Beside the content fields: the record's revision history (tests/build/record-rights-history.test.ts).
		assert.equal(typeof exported.history.available, 'boolean', `${exported.id}: history`);
	}
});

test('data/cases/<id>.json: one file per record, its entry of cases.json (validating with the case schema) and its rows of facts.json', () => {
	const { cases } = read('data/cases.json');
	const { facts } = read('data/facts.json') as { facts: FactRow[] };
	assert.deepEqual(readdirSync(join(dist, 'data/cases')).sort(), library.cases.map((c) => `${c.id}.json`).sort(), 'a file per record, nothing else');
	for (const entry of cases) {
		const { description, license, factRows, ...exported } = read(`data/cases/${entry.id}.json`);
		assert.match(description, /factRows/, 'it says what factRows are');
		assert.equal(license.spdx, 'CC-BY-4.0', 'the licence at its top, as every JSON file has it');
		assert.deepEqual(exported, entry, `${entry.id}: the fields of its entry in cases.json`);
		assert.deepEqual(caseSchema(plainReference).parse(exported), library.cases.find((c) => c.id === entry.id)!.data, entry.id);
		assert.deepEqual(factRows, facts.filter((row) => row.record === entry.id), `${entry.id}: its rows of facts.json, in order`);
	}
	assert.ok(facts.length > 0);
});

test('terms.json: every term, validating with the term schema, with its gloss, its records and counts equal to the concordance', () => {
	const { terms } = read('data/terms.json');
	assert.equal(terms.length, (library.terms ?? []).length);
	const sources = library.cases.map((c) => ({ id: c.id, title: c.data.title, blocks: bodyBlocks(c.body) }));
	for (const exported of terms) {
		const parsed = termSchema(plainReference).parse(exported);
		const original = library.terms!.find((t) => t.id === exported.id)!;
		assert.deepEqual(parsed, original.data, exported.id);
		const counts = countByRecord(concordance(sources, [original.data.term, ...original.data.aliases]));
		const uses = exported.records as { record: string; count: number }[];
		assert.deepEqual(new Map(uses.map((u) => [u.record, u.count])), counts, `${exported.id}: each record using it, with its count`);
		assert.equal(uses.length, counts.size, `${exported.id}: each record once`);
		for (let i = 1; i < uses.length; i++) assert.ok(uses[i - 1]!.count >= uses[i]!.count, `${exported.id}: most uses first`);
		assert.equal(exported.recordCount, counts.size, `${exported.id}: recordCount`);
		assert.equal(exported.occurrences, [...counts.values()].reduce((a, b) => a + b, 0), `${exported.id}: occurrences`);
		assert.equal(exported.gloss, original.data.gloss, `${exported.id}: its English gloss`);
		assert.ok(existsSync(join(dist, exported.url, 'index.html')), `${exported.url} is a built page`);
	}
});

test('the sitemap lists every built page and robots.txt points to it', () => {
	const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
	const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	for (const c of library.cases) assert.ok(urls.includes(`/cases/${c.id}/`), c.id);
	for (const path of ['/', '/cases/', '/compare/', '/terms/', '/search/', '/data/']) assert.ok(urls.includes(path), path);
	assert.ok(!urls.includes('/404/'), 'the 404 page is not in the sitemap');
	assert.match(readFileSync(join(dist, 'robots.txt'), 'utf8'), /^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});
