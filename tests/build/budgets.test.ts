/**
 * Byte budgets (tests/budgets.ts) on the finished build: every page within its page type's budget;
 * record, comparison, glossary and term pages load no JavaScript; record pages weigh at most twice
 * their plain-HTML floor, their citation metadata (for Zotero and Google Scholar) apart, under a cap.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { budgetTable, measurePages } from '../../scripts/check-budgets.ts';
import { budgets } from '../budgets.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const outDir = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const pages = existsSync(join(outDir, 'index.html')) ? measurePages(outDir) : [];

test('every page of the build is within its byte budget', () => {
	assert.ok(pages.length > 100, `${outDir} has ${pages.length} pages: run \`npm run build\` first (npm test does)`);
	assert.deepEqual(
		pages.filter((p) => p.over.length).map((p) => `${p.path}: ${p.over.join('; ')}`),
		[],
		budgetTable(pages),
	);
});

test('every page type has a budget and pages that it measures', () => {
	for (const type of ['home', 'catalogue', 'record', 'brief', 'citation', 'place', 'event', 'comparison', 'comparison-builder', 'comparison-table', 'search', 'glossary', 'term', 'data'] as const)
		assert.ok(pages.some((p) => p.type === type), `no ${type} page measured`);
	assert.ok(pages.every((p) => budgets[p.type]));
});

test('record, comparison, glossary and term pages load no JavaScript before interaction', () => {
	for (const type of ['record', 'comparison', 'comparison-table', 'glossary', 'term'] as const) assert.equal(budgets[type].maxScript, 0);
	const scripted = pages.filter((p) => ['record', 'comparison', 'comparison-table', 'glossary', 'term'].includes(p.type) && (p.js > 0 || p.assets.some((a) => /\.m?js$/.test(a))));
	assert.deepEqual(scripted.map((p) => p.path), []);
});

test('a record page weighs at most twice its own text as bare HTML, its citation metadata held to a cap of its own', () => {
	const records = pages.filter((p) => p.type === 'record');
	assert.equal(records.length, 8);
	for (const p of records) {
		// The metadata is what reference managers read (tests/build/embedded-metadata.test.ts): never absent.
		assert.ok(p.metadata > 0 && p.metadata <= budgets.record.maxMetadata!, `${p.path}: citation metadata ${p.metadata} B`);
		assert.ok(p.firstView - p.metadata <= 2 * p.floor, `${p.path}: ${p.firstView} B with ${p.metadata} B of citation metadata, floor ${p.floor} B`);
	}
});
