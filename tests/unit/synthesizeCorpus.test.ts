/**
 * The scale benchmark's synthetic corpus must be content the build accepts: the same checks the
 * edition-check integration runs (schemas, references, quotes, glossary, editions against archives).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { synthesizeCorpus } from '../../scripts/bench/synthesizeCorpus.ts';
import { checkLibrary, type LibraryInput } from '../../src/lib/checkLibrary.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { verifyEditions } from '../../src/lib/verifyEditions.ts';
import { kebabId } from '../../src/schemas/references.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const realPlaceNames = ['湖南', '长沙', '贵州', '甘肃', '兰州', '山东', '潍坊', '高密', '北京', '山西', '浙江'];

describe('synthesizeCorpus (20 records)', () => {
	let root: string;
	let contentDir: string;
	let library: LibraryInput;
	let problems: string[];

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
		contentDir = join(root, 'content');
		synthesizeCorpus(realContentDir, contentDir, 20, 7);
		({ library, problems } = readContent(contentDir));
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('every record passes the schemas', () => {
		assert.deepEqual(problems, []);
		assert.equal(library.cases.length, 20);
	});

	test('references, quotes and the glossary check out (checkLibrary is empty)', () => {
		assert.deepEqual(checkLibrary(library), []);
	});

	test('every record keeps all the facts of the real record it copies', () => {
		const real = new Map(readContent(realContentDir).library.cases.map((c) => [c.id, c.data.facts.length]));
		for (const c of library.cases) assert.equal(c.data.facts.length, real.get(c.id.replace(/^s\d+-/, '')), c.id);
	});

	test('every edition equals its archive under its rules', async () => {
		const reports = await verifyEditions(contentDir);
		assert.deepEqual(reports.filter((r) => r.problem).map((r) => r.problem), []);
		assert.equal(reports.length, 20);
	});

	test('ids are ASCII kebab-case', () => {
		for (const entry of [...library.cases, ...library.jurisdictions, ...library.events]) assert.ok(kebabId.safeParse(entry.id).success, entry.id);
	});

	test('places are renamed: no record names a real place or points at a real jurisdiction', () => {
		const real = new Set(readContent(realContentDir).library.jurisdictions.map((j) => j.id));
		for (const c of library.cases) {
			assert.ok(!real.has(c.data.jurisdiction.id), `${c.id} points at ${c.data.jurisdiction.id}`);
			const text = readFileSync(c.filePath, 'utf8');
			for (const name of realPlaceNames) assert.ok(!text.includes(`${name}省`) && !text.includes(`${name}市`), `${c.id} still names ${name}`);
		}
	});

	test('the same seed gives the same bytes, another seed another paragraph order', () => {
		const again = join(root, 'again');
		synthesizeCorpus(realContentDir, again, 20, 7);
		for (const dir of ['cases', 'sources'])
			for (const f of readdirSync(join(contentDir, dir)))
				assert.equal(readFileSync(join(again, dir, f), 'utf8'), readFileSync(join(contentDir, dir, f), 'utf8'), f);
		const other = join(root, 'other');
		synthesizeCorpus(realContentDir, other, 20, 8);
		const name = 'cases/s01-changsha-sixiang-zaizao.mdx';
		assert.notEqual(readFileSync(join(other, name), 'utf8'), readFileSync(join(contentDir, name), 'utf8'));
	});
});
