/**
 * The test build has a public address (npm test builds with SITE_URL, https://cases.example.org unless
 * set): canonical links, the sitemap, robots.txt, citations and the open data all carry it, and no
 * file names localhost. (A build without SITE_URL is checked by the control build of bad-content.test.ts.)
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listFiles, siteOrigin } from '../../scripts/lint-links.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const dist = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

test('a build with SITE_URL writes its origin into canonical links, sitemap, citations and data, and never localhost', () => {
	const origin = siteOrigin(dist);
	assert.ok(existsSync(join(dist, 'sitemap-index.xml')), 'built with SITE_URL (npm test sets it)');
	assert.doesNotMatch(origin, /localhost|127\.0\.0\.1|\.invalid/);
	const record = 'changsha-sixiang-zaizao';
	const page = read(`cases/${record}/index.html`);
	assert.match(page, new RegExp(`<link rel="canonical" href="${origin}/cases/${record}/"`));
	assert.match(page, new RegExp(`第\\d+段\\[引用日期\\]\\. ${origin}/cases/${record}/#p-\\d+\\.`));
	assert.match(read(`cases/${record}/cite/index.html`), new RegExp(`第13段\\[引用日期\\]\\. ${origin}/cases/${record}/#p-13\\.`));
	for (const ext of ['ris', 'bib', 'json']) assert.ok(read(`cases/${record}/cite.${ext}`).includes(`${origin}/cases/${record}/`), `cite.${ext}`);
	assert.match(read('data/facts.csv'), new RegExp(`,${origin}/cases/[a-z0-9-]+/#p-\\d+`));
	assert.match(read('robots.txt'), new RegExp(`^Sitemap: ${origin}/sitemap-index\\.xml$`, 'm'));
	const texts = listFiles(dist).filter((f) => /\.(html|xml|txt|csv|json|ris|bib)$/.test(f));
	assert.deepEqual(
		texts.filter((f) => /localhost|127\.0\.0\.1/.test(read(f))),
		[],
	);
});
