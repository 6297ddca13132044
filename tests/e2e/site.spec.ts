/**
 * Every page the sitemap lists (and the 404 page), in Chromium with the CSP in force: axe-core finds no
 * WCAG 2.1 A/AA violation, nothing is logged as an error (a CSP violation is one), no script throws,
 * and no request leaves the site. The sweep is split into shards so the workers share it.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const shards = 8;

/** The site paths in the sitemap index's sitemaps (their host is SITE_URL's; only the path is used). */
async function sitemapPaths(page: Page): Promise<string[]> {
	const locs = async (path: string) => {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	};
	const paths: string[] = [];
	for (const sitemap of await locs('/sitemap-index.xml')) paths.push(...(await locs(sitemap)));
	return paths;
}

/** Problems seen while a page loads and is checked: console errors, uncaught exceptions, requests off the site. */
function watch(page: Page, origin: string): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request off the site: ${request.url()}`);
	});
	return problems;
}

for (let shard = 0; shard < shards; shard++) {
	test(`every sitemap page, shard ${shard + 1}/${shards}: axe clean, no console error, no request off the site`, async ({ page, baseURL }) => {
		test.setTimeout(300_000);
		const all = await sitemapPaths(page);
		expect(all.length).toBeGreaterThan(400);
		const mine = [...all, '/404.html'].filter((_, i) => i % shards === shard);
		const problems = watch(page, new URL(baseURL!).origin);
		for (const path of mine) {
			const response = await page.goto(path, { waitUntil: 'load' });
			if (path !== '/404.html') expect(response?.status(), path).toBe(200);
			await test.step(path, async () => {
				await expectNoAxeViolations(page);
				expect(problems, path).toEqual([]);
			});
		}
	});
}

test('the sitemap lists every page type once per record, place, term and dimension', async ({ page }) => {
	const paths = await sitemapPaths(page);
	expect(new Set(paths).size).toBe(paths.length);
	for (const path of ['/', '/cases/', '/compare/', '/compare/all/', '/search/', '/terms/', '/data/', '/about/', '/cases/changsha-sixiang-zaizao/', '/cases/changsha-sixiang-zaizao/brief/', '/cases/changsha-sixiang-zaizao/cite/'])
		expect(paths).toContain(path);
});
