/**
 * The library built in shares (a library build and two partitions by year, LIBRARY_PARTITIONS=2015) and
 * merged (`npm run build:partitioned`), served as one site beside the one-build site: searching finds the
 * records of both partitions through their merged index parts, and links cross from one share to another.
 */
import { expect, test, type Page } from '@playwright/test';
import { absentTerms, policyTerms, traditionalQueries, twoWordQueries } from '../fixtures/search-terms.ts';

/** The merged site's address (tests/playwright.config.ts serves dist-partitioned/ on the port after the main one). */
const merged = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}`;
const queries = [...policyTerms, ...twoWordQueries, ...traditionalQueries.map((t) => t.traditional), ...absentTerms];

/** Record ids of every result of each query, through the search page's JS API. */
async function answers(page: Page, site: string): Promise<string[][]> {
	await page.goto(`${site}/search/?q=${encodeURIComponent('党建')}`);
	await expect(page.locator('#search-status')).toContainText('找到');
	return page.evaluate(async (qs) => {
		const out: string[][] = [];
		for (const q of qs) {
			const answer = await window.librarySearch!.search(q);
			out.push((await answer.load(0, answer.total)).map((r) => r.id).sort());
		}
		return out;
	}, queries);
}

test('every query finds the same records in the merged partitions as in one build', async ({ page }) => {
	test.setTimeout(120_000);
	const parts: string[] = [];
	page.on('request', (request) => {
		const part = new URL(request.url()).pathname.split('/')[1]!;
		if (request.url().startsWith(merged) && part.startsWith('pagefind') && !parts.includes(part)) parts.push(part);
	});
	const fromMerged = await answers(page, merged);
	expect(parts.sort()).toEqual(['pagefind', 'pagefind-2']);
	const fromWhole = await answers(page, '');
	expect(fromMerged).toEqual(fromWhole);
	// Some answers need both partitions: a record before 2015 (or undated) and one after.
	const early = ['guizhou-jiedao-shequ-xianjinxing-jianshe', 'lanzhou-wangge-dangjian'];
	expect(fromMerged.filter((ids) => ids.some((id) => early.includes(id)) && ids.some((id) => !early.includes(id))).length).toBeGreaterThan(10);
});

test('a reader searches 双报到 on the merged site, sorts by date and follows a result to its paragraph', async ({ page }) => {
	await page.goto(`${merged}/search/`);
	await page.getByLabel('检索词').fill('双报到');
	await expect(page.locator('#search-status')).toContainText('找到 2 条记录');
	const titles = page.locator('.search-result__title a');
	await expect(titles).toHaveCount(2);
	expect((await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(['/cases/changsha-sixiang-zaizao/', '/cases/lanzhou-wangge-dangjian/']);
	// The date order was written over both partitions' parts by the merge: 2018 first, the undated last.
	await page.locator('[data-search-options] summary').click();
	await page.getByLabel('排序').selectOption('newest');
	await expect(page).toHaveURL(/sort=newest/);
	await expect(titles.first()).toHaveAttribute('href', '/cases/changsha-sixiang-zaizao/');
	await expect(titles.last()).toHaveAttribute('href', '/cases/lanzhou-wangge-dangjian/');
	const paragraphLink = page.locator('.search-result').last().locator('a[href*="#p-"]').first();
	// The link carries a text fragment (#p-7:~:text=…), which the browser consumes: the paragraph's anchor stays.
	const anchor = (await paragraphLink.getAttribute('href'))!.split(':~:')[0]!;
	await paragraphLink.click();
	await expect(page).toHaveURL(`${merged}${anchor}`);
	await expect(page.locator(new URL(anchor, merged).hash)).toContainText('双报到');
});

test('links cross shares: a term page (library build) to a record (partition 1), a record (partition 2) to a paragraph in partition 1', async ({ page }) => {
	await page.goto(`${merged}/cases/changsha-sixiang-zaizao/`);
	await page.locator('section.related-practices li li', { hasText: '「大工委」' }).locator('a').nth(1).click();
	await expect(page).toHaveURL(new RegExp(`^${merged}/cases/lanzhou-wangge-dangjian/#p-\\d+$`));
	await expect(page.locator(new URL(page.url()).hash)).toContainText('大工委');
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '术语' }).click();
	await page.getByRole('link', { name: '双报到', exact: true }).first().click();
	await page.locator('main a[href^="/cases/lanzhou-wangge-dangjian/"]').first().click();
	await expect(page).toHaveURL(new RegExp(`^${merged}/cases/lanzhou-wangge-dangjian/`));
	await expect(page.locator('h1')).toBeVisible();
});
