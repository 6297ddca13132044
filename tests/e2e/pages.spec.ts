import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/readContent.ts';
import { expectNoAxeViolations } from './axe.ts';

const { library } = readContent('content');

/** One page of every type. */
const pages = [
	'/',
	'/cases/',
	'/cases/by-year/',
	'/cases/province/hunan/',
	'/cases/changsha-sixiang-zaizao/',
	'/places/',
	'/places/hunan/',
	'/events/urban-party-building-conference-2022/',
	'/compare/streets-count/',
	'/terms/',
	'/terms/wuhua/',
	'/data/',
	'/about/',
];
/** Pages that must work with no JavaScript at all (the catalogue may enhance itself). */
const noScriptPages = pages.filter((p) => p !== '/cases/');

for (const path of pages) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no WCAG 2.1 AA violation on ${path} (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}

	test(`no request leaves the site and nothing fails on ${path}`, async ({ page, baseURL }) => {
		const outside: string[] = [];
		const failed: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) outside.push(request.url());
		});
		page.on('requestfailed', (request) => failed.push(request.url()));
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(outside).toEqual([]);
		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	test(`${path} fits a 375 px phone without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the catalogue, the record and the paragraph links work', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await page.getByRole('link', { name: '案例', exact: true }).click();
		await expect(page).toHaveURL(/\/cases\/$/);
		await page.getByRole('link', { name: /四项再造/ }).click();
		await expect(page.locator('h1')).toContainText('四项再造');
		await page.locator('.key-figure a').first().click();
		await expect(page).toHaveURL(/#p-\d+$/);
		await page.getByRole('link', { name: '按年份（从新到旧）' }).count();
	});

	test('the catalogue can be sorted by year', async ({ page }) => {
		await page.goto('/cases/');
		await page.getByRole('link', { name: '按年份（从新到旧）' }).click();
		await expect(page).toHaveURL(/\/cases\/by-year\/$/);
		await expect(page.locator('h1')).toContainText('按年份');
		// Each heading names its year and how many records it has; together they are the whole library.
		const yearHeading = /^(\d{4})年 (\d+) 条$/;
		const newestFirst = (await page.locator('main h2').allTextContents()).map((t) => t.trim().replace(/\s+/g, ' '));
		const years = newestFirst.filter((t) => yearHeading.test(t)).map((t) => Number(t.slice(0, 4)));
		expect(years.length).toBeGreaterThan(1);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(newestFirst.at(-1)).toMatch(/^年份未注明 \d+ 条$/);
		const counted = newestFirst.map((t) => Number(t.match(/(\d+) 条$/)?.[1] ?? Number.NaN));
		expect(counted.reduce((a, b) => a + b, 0)).toBe(library.cases.length);
		await page.getByRole('link', { name: '按年份（从旧到新）' }).click();
		await expect(page).toHaveURL(/ascending\/$/);
		await expect(page.locator('main h2').first()).toHaveText(/^\d{4}年\s+\d+ 条$/);
		const oldestFirst = (await page.locator('main h2').allTextContents()).map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => yearHeading.test(t));
		expect(oldestFirst.map((t) => Number(t.slice(0, 4)))).toEqual([...years].reverse());
	});
});

test('pages ship no JavaScript', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	for (const path of noScriptPages) await page.goto(path);
	expect(scripts).toEqual([]);
	for (const path of noScriptPages) {
		await page.goto(path);
		// Record pages carry one small inline script: the citation block's copy buttons and its
		// "cite this paragraph" box (progressive enhancement; everything works without it).
		const allowed = path.startsWith('/cases/changsha') ? '.cite-block ~ script, .cite-block script' : ':not(*)';
		// A record's JSON-LD (<script type="application/ld+json">, for reference managers and search
		// engines) is a data block: the browser never runs it, so it is not script a page ships.
		const runs = `script:not([type="application/ld+json"]):not(${allowed})`;
		expect(await page.locator(runs).count(), path).toBe(0);
		const dataBlocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		for (const block of dataBlocks) expect(() => JSON.parse(block), `${path}: JSON-LD parses`).not.toThrow();
		expect(dataBlocks.length, path).toBe(path.startsWith('/cases/changsha') ? 1 : 0);
		const inline = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).text.length));
		for (const size of inline) expect(size, `${path}: inline script size`).toBeLessThan(2500);
	}
});

test('the home page shows the newest records as cards (all 8 of the real library) and the ways into all', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.case-card')).toHaveCount(8);
	await expect(page.getByRole('link', { name: '按省份浏览' })).toHaveAttribute('href', '/cases/');
	const card = page.locator('.case-card', { hasText: '四项再造' });
	await expect(card).toContainText('湖南省长沙市');
	await expect(card).toContainText('2018');
	await expect(card).toContainText('案例材料');
	await expect(card.locator('.case-card__summary')).not.toBeEmpty();
});

test('the system CJK font stack is used and no web font is loaded', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fonts.push(request.url());
	});
	await page.goto('/cases/changsha-sixiang-zaizao/');
	const family = await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
	expect(family).toContain('Noto Sans CJK SC');
	expect(fonts).toEqual([]);
});
