/**
 * What only a larger library shows, on a synthetic library of 130 records
 * (scripts/bench/synthesizeCorpus.ts) built in a root of its own, with search index parts of 50 records
 * at most (LIBRARY_INDEX_PART_SIZE; 2,500 on a real build), so 3 parts of 43–44:
 * - the catalogue pages its listings: every listing (the whole catalogue by province, by year both ways,
 *   each facet value) shows each of its records exactly once across its pages of at most 50, with a
 *   pager that reaches every page and no page beyond the last;
 * - the search index comes in parts (/pagefind/, /pagefind-2/, /pagefind-3/) that the search page merges
 *   in Chromium: a query finds exactly the records containing it in all parts.
 * About 30 s.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from '@playwright/test';
import { launchBrowser } from '../../scripts/bench/measureQuery.ts';
import { startPreview, type Preview } from '../../scripts/bench/preview.ts';
import { runBuild } from '../../scripts/bench/runBuild.ts';
import { makeSiteRoot, type SiteRoot } from '../../scripts/bench/siteRoot.ts';
import { synthesizeCorpus } from '../../scripts/bench/synthesizeCorpus.ts';
import { catalogueHref, cataloguePageSize } from '../../src/lib/cataloguePages.ts';
import { indexPartPaths, splitIntoParts } from '../../src/lib/searchIndexParts.ts';
import { expectedIds, readSearchCorpus } from '../support/searchCorpus.ts';

const records = 130;
const partSize = 50;
let site: SiteRoot;

const page = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');
const cards = (html: string) => [...html.matchAll(/<article class="case-card"[^>]*>\s*<h3 class="case-card__title"><a href="([^"]+)"/g)].map((m) => m[1]!);
const pagerLinks = (html: string) => [...(html.match(/<nav class="pager"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

/** Every page of the listing at `base`, following its pager; checks the pager on each page. */
function listing(base: string): { pages: number; cards: string[] } {
	const all: string[] = [];
	let n = 1;
	for (; existsSync(join(site.outDir, catalogueHref(base, n), 'index.html')); n++) {
		const html = page(catalogueHref(base, n));
		const shown = cards(html);
		assert.ok(shown.length > 0 && shown.length <= cataloguePageSize, `${catalogueHref(base, n)}: ${shown.length} records`);
		all.push(...shown);
		const links = pagerLinks(html);
		if (n > 1) assert.ok(links.includes(catalogueHref(base, n - 1)) && links.includes(catalogueHref(base, 1)), `${catalogueHref(base, n)}: links back`);
		if (existsSync(join(site.outDir, catalogueHref(base, n + 1), 'index.html'))) assert.ok(links.includes(catalogueHref(base, n + 1)), `${catalogueHref(base, n)}: links on`);
	}
	return { pages: n - 1, cards: all };
}

describe(`the catalogue of ${records} records`, { concurrency: 1 }, () => {
	before(async () => {
		site = makeSiteRoot('catalogue-pages');
		synthesizeCorpus('content', site.contentDir, records);
		await runBuild({ ...site.env, SITE_URL: 'https://cases.example.org', LIBRARY_INDEX_PART_SIZE: String(partSize) }, join(site.root, 'build.log'), { root: site.root });
	});
	after(() => site?.remove());

	test('the whole catalogue, by province and by year both ways, shows every record once over pages of 50', () => {
		const urls = [...readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https:\/\/cases\.example\.org(\/cases\/[^/]+\/)<\/loc>/g)].map((m) => m[1]!);
		const recordUrls = new Set(urls.filter((u) => cards(page(u)).length === 0 && existsSync(join(site.outDir, u, 'brief', 'index.html'))));
		assert.equal(recordUrls.size, records);
		for (const base of ['/cases/', '/cases/by-year/', '/cases/by-year/ascending/']) {
			const { pages, cards: shown } = listing(base);
			assert.equal(pages, Math.ceil(records / cataloguePageSize), base);
			assert.equal(shown.length, records, `${base}: each record once`);
			assert.deepEqual(new Set(shown), recordUrls, base);
		}
		assert.match(page('/cases/page/2/'), /本页为第 51–100 条/);
	});

	test('each facet value pages its records the same way, as many as its heading says', () => {
		const facetLinks = [...page('/cases/').matchAll(/<a href="(\/cases\/(?:province|level|type|year|theme)\/[^/]+\/)"[^>]*data-facet="[^"]+"[^>]*>[\s\S]*?<span class="facet__count">(\d+)<\/span>/g)];
		assert.ok(facetLinks.length > 10);
		let paged = 0;
		for (const [, href, count] of facetLinks) {
			const { pages, cards: shown } = listing(href!);
			assert.equal(shown.length, Number(count), href);
			assert.equal(new Set(shown).size, shown.length, `${href}: no record twice`);
			if (pages > 1) paged++;
		}
		assert.ok(paged > 0, 'some facet value has more than one page');
	});

	describe('search over an index in parts', () => {
		let browser: Browser;
		let preview: Preview;
		before(async () => {
			browser = await launchBrowser();
			preview = await startPreview({ ...site.env, LIBRARY_INDEX_PART_SIZE: String(partSize) }, { root: site.root });
		});
		after(async () => {
			preview?.stop();
			await browser?.close();
		});

		test('the index is written in parts and the search page lists them', () => {
			const parts = indexPartPaths(records, partSize);
			assert.deepEqual(parts, ['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
			for (const part of parts) assert.ok(existsSync(join(site.outDir, part, 'pagefind-entry.json')), part);
			assert.ok(!existsSync(join(site.outDir, '/pagefind-2/pagefind.js')), 'merged parts carry no runtime of their own');
			assert.match(page('/search/'), /data-index-parts="\/pagefind\/ \/pagefind-2\/ \/pagefind-3\/"/);
		});

		test('a query in Chromium finds exactly the records containing it, across every part', async () => {
			const corpus = readSearchCorpus(site.contentDir);
			const tab = await browser.newPage();
			const requested: string[] = [];
			tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
			try {
				for (const q of ['双报到', '三岗十六级', '网格']) {
					const ids = expectedIds(q, corpus);
					const expected = ids.length;
					// The records are indexed in id order, split evenly into the 3 parts: the matches lie in every part.
					const parts = splitIntoParts(corpus.map((r) => r.id).sort(), 3);
					assert.equal(new Set(ids.map((id) => parts.findIndex((part) => part.includes(id)))).size, 3, `${q}: matches in every part`);
					await tab.goto(`${preview.origin}/search/?q=${encodeURIComponent(q)}&exact=1`);
					await tab.waitForFunction(() => !/^$|正在检索/.test(document.querySelector('#search-status')?.textContent ?? ''));
					assert.match((await tab.textContent('#search-status')) ?? '', new RegExp(`找到 ${expected} 条记录`), q);
				}
				for (const part of ['/pagefind/', '/pagefind-2/', '/pagefind-3/']) assert.ok(requested.some((path) => path.startsWith(`${part}`) && path.endsWith('.pf_meta')), `${part} searched`);
			} finally {
				await tab.close();
			}
		});
	});
});
