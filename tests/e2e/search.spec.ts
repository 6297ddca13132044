import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { absentTerms, expectedRecords, policyTerms, traditionalQueries, twoWordQueries, type RecordText } from '../fixtures/search-terms.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { simplifyQuery } from '../../src/lib/simplifyQuery.ts';

const { library } = readContent('content');
const ids = library.cases.map((c) => c.id);
/** The glossary's simplified forms of each term: searching one finds them all (aliases feed search). */
const aliasGroups = (library.terms ?? [])
	.map((t) => [...new Set([t.data.term, ...t.data.aliases].filter((f) => simplifyQuery(f) === f))])
	.filter((g) => g.length > 1);

/** Ground truth with aliases: every word of the query, in any of its glossary forms, occurs in the text. */
function expectedWithAliases(query: string, texts: RecordText[]): string[] {
	const groups = query.split(/\s+/).filter(Boolean).map((w) => aliasGroups.find((g) => g.includes(w)) ?? [w]);
	const ids = new Set<string>();
	for (const forms of groups.reduce<string[][]>((acc, g) => acc.flatMap((combo) => g.map((f) => [...combo, f])), [[]]))
		for (const id of expectedRecords(forms.join(' '), texts)) ids.add(id);
	return [...ids].sort();
}

/** Ground truth from the built pages: each record's title and the text of its body, ¶ numbers left out. */
async function builtTexts(page: Page): Promise<RecordText[]> {
	const texts: RecordText[] = [];
	for (const id of ids) {
		await page.goto(`/cases/${id}/`);
		const text = await page.evaluate(() => {
			const title = document.querySelector('h1')!.textContent!.trim();
			const blocks = [...document.querySelectorAll<HTMLElement>('.case__text [id^="p-"]')].map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelector('.pilcrow')?.remove();
				return copy.textContent!.trim();
			});
			return [title, ...blocks].join('\n');
		});
		texts.push({ id, text });
	}
	return texts;
}

const allQueries = [
	...policyTerms.map((q) => ({ q, truth: q })),
	...twoWordQueries.map((q) => ({ q, truth: q })),
	...traditionalQueries.map((t) => ({ q: t.traditional, truth: t.simplified })),
	...absentTerms.map((q) => ({ q, truth: q })),
];

/** Waits until the result list shows the answer to the query now in the box. */
async function waitForAnswer(page: Page) {
	// Opened with ?q=…, the form is filled once the search code has loaded: take the query from the URL.
	const q = new URL(page.url()).searchParams.get('q') ?? (await page.getByLabel('检索词').inputValue());
	await expect(page.locator('#search-results')).toHaveAttribute('data-query', q);
	await expect(page.locator('#search-status')).not.toHaveText(/^$|正在检索/);
}

test.describe.configure({ mode: 'serial' });

test('through the JS API: every query returns exactly the records containing all its words', async ({ page }) => {
	test.setTimeout(120_000);
	const texts = await builtTexts(page);
	await page.goto('/search/?q=党建');
	await waitForAnswer(page);
	for (const { q, truth } of allQueries) {
		const got = await page.evaluate(async (query) => (await window.librarySearch!.search(query)).results.map((r) => r.meta.id).sort(), q);
		expect(got, q).toEqual(expectedWithAliases(truth, texts));
	}
	expect(allQueries.length).toBeGreaterThanOrEqual(70);
});

test('through the real UI: typing each query shows exactly those records', async ({ page }) => {
	test.setTimeout(180_000);
	const texts = await builtTexts(page);
	await page.goto('/search/');
	const input = page.getByLabel('检索词');
	for (const { q, truth } of allQueries) {
		await input.fill(q);
		await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '\\+').replace(/[()]/g, '\\$&')}`));
		await waitForAnswer(page);
		const expected = expectedWithAliases(truth, texts);
		await expect(page.locator('.search-result')).toHaveCount(expected.length);
		const got = (await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => h.split('/')[2]!).sort();
		expect(got, q).toEqual(expected);
		if (expected.length === 0) await expect(page.locator('#search-status')).toContainText('没有找到完全匹配');
	}
});

test('a term that occurs nowhere says so plainly', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent(absentTerms[0]!)}`);
	await waitForAnswer(page);
	await expect(page.locator('#search-status')).toHaveText(`没有找到完全匹配“${absentTerms[0]}”的记录。`);
	await expect(page.locator('.search-result')).toHaveCount(0);
});

test('a traditional query is converted and says so', async ({ page }) => {
	const { traditional, simplified } = traditionalQueries[0]!;
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto(`/search/?q=${encodeURIComponent(simplified)}`);
	await waitForAnswer(page);
	expect(scripts.some((s) => s.includes('simplifyQuery'))).toBe(false);
	const count = await page.locator('.search-result').count();
	await page.getByLabel('检索词').fill(traditional);
	await expect(page.locator('#search-status')).toContainText(`已将繁体“${traditional}”转为简体“${simplified}”检索`);
	await expect(page.locator('.search-result')).toHaveCount(count);
	expect(scripts.some((s) => s.includes('simplifyQuery'))).toBe(true);
});

test('results show title, place, year, type, a highlighted excerpt and paragraph links that land on the term', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('大工委')}`);
	await waitForAnswer(page);
	const first = page.locator('.search-result').first();
	await expect(first.locator('.search-result__title a')).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/$/);
	await expect(first.locator('.search-result__meta')).toHaveText(/.+ · (\d{4}年|年份未注明) · .+/);
	await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/^大工委(制)?$/); // 大工委制 is a glossary alias
	const link = first.locator('.search-result__hits a').first();
	await expect(link).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/#p-\d+$/);
	await link.click();
	const id = new URL(page.url()).hash.slice(1);
	const paragraph = page.locator(`[id="${id}"]`);
	await expect(paragraph).toContainText('大工委');
	await expect(paragraph).toBeInViewport();
	const background = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('filters narrow the results and live in the URL with the query', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('党群服务中心')}`);
	await waitForAnswer(page);
	const all = await page.locator('.search-result').count();
	await page.getByLabel('文献类型').selectOption('conference-speech');
	await expect(page).toHaveURL(/docType=conference-speech/);
	await expect(page.locator('#search-results')).toHaveAttribute('data-state', new URL(page.url()).search);
	const narrowed = page.locator('.search-result');
	const n = await narrowed.count();
	expect(n).toBeLessThan(all);
	for (let i = 0; i < n; i++) await expect(narrowed.nth(i).locator('.search-result__meta')).toContainText('会议发言');
	// The shared URL restores query, filter and results.
	await page.goto(page.url());
	await waitForAnswer(page);
	await expect(page.getByLabel('检索词')).toHaveValue('党群服务中心');
	await expect(page.getByLabel('文献类型')).toHaveValue('conference-speech');
	await expect(page.locator('.search-result')).toHaveCount(n);
	await page.getByLabel('省份').selectOption('shandong');
	await expect(page).toHaveURL(/province=shandong/);
	await expect(page.locator('#search-results')).toHaveAttribute('data-state', new URL(page.url()).search);
	for (const meta of await page.locator('.search-result__meta').allTextContents()) expect(meta).toContain('会议发言');
});

test('keyboard: type, then Tab reaches the results and Enter opens one', async ({ page }) => {
	await page.goto('/search/');
	await page.getByLabel('检索词').focus();
	await page.keyboard.type('红色物业');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-results')).toHaveAttribute('data-query', '红色物业');
	const firstLink = page.locator('.search-result__title a').first();
	for (let i = 0; i < 12 && !(await firstLink.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(firstLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/cases\/[a-z0-9-]+\/$/);
});

test('the results do not move the search box or the status line', async ({ page }) => {
	await page.goto('/search/');
	const input = page.getByLabel('检索词');
	const before = { input: await input.boundingBox(), status: await page.locator('#search-status').boundingBox() };
	await input.fill('社区');
	await waitForAnswer(page);
	expect(await input.boundingBox()).toEqual(before.input);
	expect((await page.locator('#search-status').boundingBox())!.y).toBe(before.status!.y);
});

test('no search code loads until the search box is used', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
	const index: string[] = [];
	page.on('request', (r) => r.url().includes('/search-index/') && index.push(r.url()));
	await page.goto('/search/');
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((s) => s.includes('searchPage'))).toEqual([]);
	expect(index).toEqual([]);
	await page.getByLabel('检索词').focus();
	await expect.poll(() => scripts.some((s) => s.includes('searchPage'))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header box submits to /search/?q=…, which explains that results need JavaScript', async ({ page }) => {
		await page.goto('/cases/');
		await page.getByRole('searchbox', { name: '检索全部案例' }).fill('双报到');
		await page.getByRole('searchbox', { name: '检索全部案例' }).press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=%E5%8F%8C%E6%8A%A5%E5%88%B0$/);
		await expect(page.locator('noscript, .notice').first()).toBeAttached();
	});
});

test('axe is clean on /search/ with results showing, light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(`/search/?q=${encodeURIComponent('网格')}`);
		await waitForAnswer(page);
		await expect(page.locator('.search-result').first()).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test('a failed index download says so instead of leaving 正在检索… on the page', async ({ page }) => {
	await page.route('**/search-index/**', (route) => route.abort('failed'));
	await page.goto('/search/');
	await page.getByLabel('检索词').fill('双报到');
	await expect(page.locator('.search-status')).toHaveText('检索未能完成：索引文件下载失败，请检查网络后重试。');
	await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true');
});
