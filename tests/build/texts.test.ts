/**
 * /data/texts.jsonl of a finished build (`npm run build`, run by `npm test` before this): every record's
 * text, a paragraph a line, in order, each line's ¶ number that of the paragraph's anchor on the record
 * page and its text that paragraph's text on the page; and the per-record files it is made of.
 * LIBRARY_OUT_DIR, as in astro.config.mjs, points at another build output.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { textLineDocs, type TextLine } from '../../src/lib/textLines.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { projectRoot, realContentDir } from '../fixtures/bad-content.ts';
import { elementById, textOf } from '../support/builtPage.ts';

const outDir = process.env.LIBRARY_OUT_DIR ?? join(projectRoot, 'dist');
const textsPath = join(outDir, 'data', 'texts.jsonl');
const notBuilt = `${textsPath} missing: run \`npm run build\` first (npm test does)`;
const { library } = readContent(realContentDir);

/** A JSON Lines file: every line ends in \n and is one JSON object. */
function readJsonLines(path: string): TextLine[] {
	const text = readFileSync(path, 'utf8');
	assert.ok(text.endsWith('\n'), `${path}: the last line ends too`);
	return text
		.slice(0, -1)
		.split('\n')
		.map((line, i) => {
			assert.doesNotMatch(line, /\r/, `${path}:${i + 1}: LF line ends`);
			return JSON.parse(line) as TextLine;
		});
}

test('texts.jsonl: a JSON object per line with exactly the documented fields, records in id order, each record’s lines together', () => {
	assert.ok(existsSync(textsPath), notBuilt);
	const lines = readJsonLines(textsPath);
	for (const line of lines) assert.deepEqual(Object.keys(line), Object.keys(textLineDocs));
	const order = lines.map((l) => l.record).filter((id, i, all) => id !== all[i - 1]);
	assert.deepEqual(order, library.cases.map((c) => c.id).sort(), 'every record once, in id order, its lines in one run');
});

test('texts.jsonl: every record’s paragraphs in order, each ¶ number an anchor of the record page in the same order, the text the paragraph’s text on the page', () => {
	assert.ok(existsSync(textsPath), notBuilt);
	const byRecord = Map.groupBy(readJsonLines(textsPath), (l) => l.record);
	// Absolute on the site's address when the build had one, site-relative otherwise: as facts.json's paragraph_url.
	const factUrl = (JSON.parse(readFileSync(join(outDir, 'data', 'facts.json'), 'utf8')) as { facts: { paragraph_url: string }[] }).facts[0]!.paragraph_url;
	const origin = factUrl.startsWith('/') ? '' : new URL(factUrl).origin;
	for (const record of library.cases) {
		const html = readFileSync(join(outDir, 'cases', record.id, 'index.html'), 'utf8');
		const anchors = [...html.matchAll(/\bid="p-(\d+)"/g)].map((m) => Number(m[1]));
		const lines = byRecord.get(record.id) ?? [];
		assert.ok(lines.length > 0, `${record.id}: has lines`);
		assert.deepEqual(
			lines.map((l) => l.paragraph),
			anchors,
			`${record.id}: a line per ¶ anchor of the page, in the page's order`,
		);
		for (const line of lines) {
			const { tag, inner } = elementById(html, `p-${line.paragraph}`);
			// The ¶ link the page adds to each paragraph is not the source's text.
			const pageText = textOf(inner.replace(/<a class="pilcrow"[^>]*>[^<]*<\/a>/, ''));
			assert.equal(line.text, pageText, `${record.id} ¶${line.paragraph}: the page's text`);
			assert.equal(line.heading, tag !== 'p', `${record.id} ¶${line.paragraph}: heading is <${tag}>`);
			assert.equal(line.paragraph_url, `${origin}/cases/${record.id}/#p-${line.paragraph}`, `${record.id} ¶${line.paragraph}: its URL`);
		}
	}
});

test('texts.jsonl is the per-record files /data/texts/<id>.jsonl one after another, and nothing else', () => {
	assert.ok(existsSync(textsPath), notBuilt);
	const dir = join(outDir, 'data', 'texts');
	const ids = library.cases.map((c) => c.id).sort();
	assert.deepEqual(readdirSync(dir).sort(), ids.map((id) => `${id}.jsonl`).sort(), 'a file per record');
	assert.equal(
		readFileSync(textsPath, 'utf8'),
		ids.map((id) => readFileSync(join(dir, `${id}.jsonl`), 'utf8')).join(''),
	);
});
