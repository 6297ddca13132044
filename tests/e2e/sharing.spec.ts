import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { readContent } from '../../src/lib/readContent.ts';

const { library } = readContent('content');

test('record pages carry a canonical URL, the summary as description and Open Graph tags', async ({ page }) => {
	for (const c of library.cases) {
		await page.goto(`/cases/${c.id}/`);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical!).pathname).toBe(`/cases/${c.id}/`);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', c.data.summary);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', c.data.title);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
	}
});

test('an unknown address shows the 404 page in the site’s style, with ways on', async ({ page }) => {
	const response = await page.goto('/cases/no-such-record/');
	expect(response!.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('没有找到这个页面');
	await expect(page.locator('.site-header')).toBeVisible();
	await page.getByRole('link', { name: '浏览全部案例' }).click();
	await expect(page).toHaveURL(/\/cases\/$/);
});

test('the data page documents the files and every download works', async ({ page, request }) => {
	await page.goto('/data/');
	for (const href of ['/data/cases.json', '/data/facts.csv', '/data/facts.json', '/data/terms.json', '/data/texts.jsonl']) {
		await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
		expect((await request.get(href)).status()).toBe(200);
	}
	await expectNoAxeViolations(page);
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain('Sitemap:');
});
