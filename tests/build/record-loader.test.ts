/**
 * Records load two ways (src/loaders/recordLoader.ts): a plain body rendered at load, a body with MDX
 * syntax compiled as MDX. The real records are all plain, so this builds a copy of the library in which
 * one record's paragraph holds an MDX expression, and checks that both kinds of record render their
 * paragraphs with anchors and per-paragraph citations. The copy's body no longer equals its archived
 * source, so the edition check is left out of this one build (its own tests are in bad-content).
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runBuild } from '../../scripts/bench/runBuild.ts';
import { makeSiteRoot, type SiteRoot } from '../../scripts/bench/siteRoot.ts';

let site: SiteRoot;
const recordFile = 'cases/lanzhou-wangge-dangjian.mdx';
const page = (id: string) => readFileSync(join(site.outDir, 'cases', id, 'index.html'), 'utf8');
const paragraphs = (html: string) => [...html.matchAll(/<p id="p-(\d+)"/g)].map((m) => Number(m[1]));
const citations = (html: string) => [...html.matchAll(/<span class="para-cite__label">引用第(\d+)段：<\/span>/g)].map((m) => Number(m[1]));

before(async () => {
	site = makeSiteRoot('record-loader');
	cpSync('content', site.contentDir, { recursive: true });
	const file = join(site.contentDir, recordFile);
	const text = readFileSync(file, 'utf8');
	assert.ok(text.includes('兰州市委对标中央'));
	writeFileSync(file, text.replace('兰州市委对标中央', "{['兰州', '市委'].join('')}对标中央"));
	const config = join(site.root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('\t\teditionCheck(),\n', ''));
	await runBuild({ ...site.env, SITE_URL: 'https://cases.example.org' }, join(site.root, 'build.log'), { root: site.root });
});
after(() => site?.remove());

test('a body with MDX syntax compiles as MDX: the expression evaluated, every paragraph anchored and citable', () => {
	const html = page('lanzhou-wangge-dangjian');
	assert.match(html, /兰州市委对标中央/);
	assert.doesNotMatch(html, /join\(/);
	const numbers = paragraphs(html);
	assert.ok(numbers.length > 10);
	assert.deepEqual(citations(html), numbers);
});

test('a plain body renders at load the same way: every paragraph anchored and citable', () => {
	const html = page('changsha-sixiang-zaizao');
	const numbers = paragraphs(html);
	assert.ok(numbers.length > 10);
	assert.deepEqual(citations(html), numbers);
});
