/**
 * The library built in shares (src/lib/buildPartition.ts: `npm run build:partitioned`, which `npm test`
 * runs as part of build:test, with LIBRARY_PARTITIONS=2015) and merged is the site one build makes:
 * every page and data file byte for byte, the sitemap's URLs the same, and only the search page's list of
 * index parts differs, because each partition indexed its own records. Its links all resolve.
 */
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintLinks, listFiles } from '../../scripts/lint-links.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const whole = join(projectRoot, 'dist');
const merged = join(projectRoot, 'dist-partitioned');
const notBuilt = (dir: string) => `${dir}/index.html missing: run \`npm run build:test\` first (npm test does)`;
const isIndex = (path: string) => /^pagefind(-\d+)?\//.test(path);

/** Record URLs in an index part (from its fragments). */
function indexedUrls(part: string): string[] {
	const dir = join(merged, part, 'fragment');
	return readdirSync(dir).map((name) => (JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }).url).sort();
}

const sitemapUrls = (dir: string) => [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();

test('the merged shares hold the same files as one build, and every page and data file is the same bytes', () => {
	assert.ok(existsSync(join(whole, 'index.html')), notBuilt(whole));
	assert.ok(existsSync(join(merged, 'index.html')), notBuilt(merged));
	const wholeFiles = listFiles(whole).filter((f) => !isIndex(f));
	assert.deepEqual(listFiles(merged).filter((f) => !isIndex(f)), wholeFiles);
	const differing = wholeFiles.filter((f) => !readFileSync(join(whole, f)).equals(readFileSync(join(merged, f))));
	assert.deepEqual(differing, ['search/index.html', 'sitemap-0.xml']);
	assert.ok(wholeFiles.length > 600, `${wholeFiles.length} files compared`);
});

test('the search page merges each partition’s index part; each part indexed only its partition’s records', () => {
	const page = (dir: string) => readFileSync(join(dir, 'search', 'index.html'), 'utf8');
	assert.match(page(merged), /data-index-parts="\/pagefind\/ \/pagefind-2\/"/);
	assert.equal(page(merged).replace(/data-index-parts="[^"]*"/, ''), page(whole).replace(/data-index-parts="[^"]*"/, ''));
	// 2015 splits the 8 records: Guizhou (2008) and Lanzhou (no date) before, the six of 2018 and 2022 after.
	assert.deepEqual(indexedUrls('pagefind'), ['/cases/guizhou-jiedao-shequ-xianjinxing-jianshe/', '/cases/lanzhou-wangge-dangjian/']);
	assert.equal(indexedUrls('pagefind-2').length, 6);
	assert.ok(existsSync(join(merged, 'pagefind', 'pagefind.js')) && !existsSync(join(merged, 'pagefind-2', 'pagefind.js')), 'one runtime, in the first part');
	// The date order spans both partitions' results (result ids are fragment hashes: the same as one build's).
	const order = JSON.parse(readFileSync(join(merged, 'search', 'date-order.json'), 'utf8')) as { ids: string[]; known: number };
	assert.equal(order.ids.length, 8);
	assert.deepEqual(order, JSON.parse(readFileSync(join(whole, 'search', 'date-order.json'), 'utf8')));
});

test('the merged sitemap lists the same pages as one build’s', () => {
	assert.deepEqual(sitemapUrls(merged), sitemapUrls(whole));
});

test('no link of the merged site is broken, between shares or within them', () => {
	const report = lintLinks(merged);
	assert.ok(report.pages > 100, `${report.pages} pages`);
	assert.deepEqual(
		report.broken.map((b) => `${b.page}: ${b.url} (${b.reason})`),
		[],
	);
});
