import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { absentTerms, eventNames, policyTerms, traditionalQueries, twoWordQueries, type RecordText } from '../fixtures/search-terms.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { simplifyQuery } from '../../src/lib/simplifyQuery.ts';

const { library } = readContent('content');
const ids = library.cases.map((c) => c.id);
const events = eventNames(library);
/** The glossary's simplified forms of each term: searching one finds them all (aliases feed search). */
const aliasGroups = (library.terms ?? [])
	.map((t) => [...new Set([t.data.term, ...t.data.aliases].filter((f) => simplifyQuery(f) === f))])
	.filter((g) => g.length > 1);

/** The metadata a record is searched in besides its title: subtitle, series, event, author, outlet. */
function metadataText(id: string): string {
	const data = library.cases.find((c) => c.id === id)!.data;
	return [data.subtitle, data.series, data.event ? events.get(data.event.id) : undefined, data.author, data.outlet].filter(Boolean).join('\n');
}

/** Ground truth: ids of the records containing every word of the query (words split as a reader would). */
function expectedRecords(query: string, texts: RecordText[], aliases = true): string[] {
	const groups = query
		.split(/[\s、，；。“”"]+/)
		.filter(Boolean)
		.map((w) => (aliases ? (aliasGroups.find((g) => g.includes(w)) ?? [w]) : [w]));
	if (groups.length === 0) return [];
	return texts.filter((t) => groups.every((forms) => forms.some((f) => t.text.includes(f)))).map((t) => t.id).sort();
}

/** Ground truth from the built pages: each record's title and the text of its body, ¶ numbers left out, plus its metadata. */
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
		texts.push({ id, text: `${text}\n${metadataText(id)}` });
	}
	return texts;
}

const allQueries = [
	...policyTerms.map((q) => ({ q, truth: q })),
	...twoWordQueries.map((q) => ({ q, truth: q })),
	...traditionalQueries.map((t) => ({ q: t.traditional, truth: t.simplified })),
	...absentTerms.map((q) => ({ q, truth: q })),
	// Punctuation separates words, as researchers paste them; single characters and figures are exact too.
	{ q: '“双报到”、大工委', truth: '双报到 大工委' },
	{ q: '党；网格。', truth: '党 网格' },
	{ q: '6+2', truth: '6+2' },
	{ q: '7+X', truth: '7+X' },
	{ q: '1.4万', truth: '1.4万' },
	{ q: '人民网', truth: '人民网' },
];

/** Waits until the result list shows the answer to the query now in the box. */
async function waitForAnswer(page: Page) {
	// Opened with ?q=…, the form is filled once the search code has loaded: take the query from the URL.
	const q = new URL(page.url()).searchParams.get('q') ?? (await page.getByLabel('检索词').inputValue());
	await expect(page.locator('#search-results')).toHaveAttribute('data-query', q);
	// …and to the rest of the state in the URL (filters, sort, aliases), not an earlier answer to the same words.
	await expect(page.locator('#search-results')).toHaveAttribute('data-state', new URL(page.url()).search);
	await expect(page.locator('#search-status')).not.toHaveText(/^$|正在检索/);
}

/** Opens 筛选与排序 (closed by default so that results come first on a phone) unless it is open. */
async function openOptions(page: Page) {
	const details = page.locator('[data-search-options]');
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	await expect(details).toHaveAttribute('open', '');
}

/** Record ids of every result of a query, through the JS API. */
function apiIds(page: Page, query: string, options: object = {}): Promise<string[]> {
	return page.evaluate(
		async ([q, o]) => {
			const answer = await window.librarySearch!.search(q as string, o as object);
			return (await answer.load(0, answer.total)).map((r) => r.id).sort();
		},
		[query, options] as const,
	);
}

test.describe.configure({ mode: 'serial' });

test('through the JS API: every query returns exactly the records containing all its words', async ({ page }) => {
	test.setTimeout(120_000);
	const texts = await builtTexts(page);
	await page.goto('/search/?q=党建');
	await waitForAnswer(page);
	for (const { q, truth } of allQueries) expect(await apiIds(page, q), q).toEqual(expectedRecords(truth, texts));
	// Aliases off: the exact form only.
	for (const q of ['大工委制', '台帐', '大工委']) expect(await apiIds(page, q, { aliases: false }), q).toEqual(expectedRecords(q, texts, false));
	expect(allQueries.length).toBeGreaterThanOrEqual(100);
});

test('through the real UI: typing each query shows exactly those records, and the count', async ({ page }) => {
	test.setTimeout(180_000);
	const texts = await builtTexts(page);
	await page.goto('/search/');
	const input = page.getByLabel('检索词');
	for (const { q, truth } of allQueries) {
		await input.fill(q);
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
		await waitForAnswer(page);
		const expected = expectedRecords(truth, texts);
		await expect(page.locator('.search-result')).toHaveCount(expected.length);
		const got = (await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => h.split('/')[2]!).sort();
		expect(got, q).toEqual(expected);
		if (expected.length === 0) await expect(page.locator('#search-status')).toContainText('没有找到完全匹配');
		else await expect(page.locator('#search-status')).toContainText(`找到 ${expected.length} 条记录`);
	}
});

test('a term that occurs nowhere says so plainly; of several words, the ones found nowhere are named', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent(absentTerms[0]!)}`);
	await waitForAnswer(page);
	await expect(page.locator('#search-status')).toHaveText(`没有找到完全匹配“${absentTerms[0]}”的记录。`);
	await expect(page.locator('.search-result')).toHaveCount(0);
	await page.goto(`/search/?q=${encodeURIComponent(`双报到 ${absentTerms[1]}`)}`);
	await waitForAnswer(page);
	await expect(page.locator('#search-status')).toContainText(`其中“${absentTerms[1]}”在全部记录中都没有出现`);
});

test('a traditional query is converted and says so; OpenCC loads only then', async ({ page }) => {
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

test('results show title, place, year, type, a highlighted excerpt and paragraph links that land on the marked words', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('大工委')}`);
	await waitForAnswer(page);
	const first = page.locator('.search-result').first();
	await expect(first.locator('.search-result__title a')).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/$/);
	await expect(first.locator('.search-result__meta')).toHaveText(/.+ · (\d{4}年|年份未注明) · .+/);
	await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/^大工委(制)?$/); // 大工委制 is a glossary alias
	const link = first.locator('.search-result__hits a').first();
	// A text fragment picks the occurrence in this paragraph (not an earlier one in the key facts) and marks it.
	await expect(link).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/#p-\d+:~:text=.*%E5%A4%A7%E5%B7%A5%E5%A7%94/);
	const n = (await link.getAttribute('href'))!.match(/#p-(\d+)/)![1];
	await link.click();
	await expect(page).toHaveURL(/\/cases\/[a-z0-9-]+\/#p-\d+$/);
	const paragraph = page.locator(`[id="p-${n}"]`);
	await expect(paragraph).toContainText('大工委');
	await expect(paragraph).toBeInViewport();
	// The text fragment targets the words (or the term link around them) inside the paragraph.
	expect(await page.evaluate(() => document.querySelector(':target')?.closest('[id^="p-"]')?.id)).toBe(`p-${n}`);
	const background = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('every paragraph link of every policy term lands in its own paragraph, not on the same words earlier in the page', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/search/?q=党建');
	await waitForAnswer(page);
	const links = await page.evaluate(async (terms) => {
		const out: { term: string; href: string; n: number }[] = [];
		for (const term of terms) {
			const answer = await window.librarySearch!.search(term, { aliases: false });
			for (const result of await answer.load(0, answer.total)) for (const [n, href] of result.links) out.push({ term, href, n });
		}
		return out;
	}, [...policyTerms]);
	expect(links.length).toBeGreaterThan(300);
	const wrong: string[] = [];
	// Four tabs at a time: most of each check is the browser's wait for the fragment.
	const queue = [...links.entries()];
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			const tab = await page.context().newPage();
			for (let next = queue.shift(); next; next = queue.shift()) {
				const [i, { term, href, n }] = next;
				// A query string makes each link a new document (a hash change alone would not apply a text fragment).
				await tab.goto(href.replace('#', `?link=${i}#`), { waitUntil: 'domcontentloaded' });
				// The browser finds a text fragment's words after the load, on a later frame.
				await tab.waitForFunction(() => document.querySelector(':target'), null, { timeout: 3000 }).catch(() => {});
				const target = await tab.evaluate(() => document.querySelector(':target')?.closest('[id^="p-"]')?.id);
				if (target !== `p-${n}`) wrong.push(`${term}: ${href} → ${target}`);
			}
			await tab.close();
		}),
	);
	expect(wrong).toEqual([]);
});

test('a record matched only in its metadata says where', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('人民网')}`);
	await waitForAnswer(page);
	const results = page.locator('.search-result');
	await expect(results).not.toHaveCount(0);
	for (const result of await results.all()) await expect(result.locator('.search-result__fields')).toContainText('仅见于发布媒体');
});

test('a glossary term links its page at the top; aliases are disclosed and can be turned off (kept in the URL)', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('大工委')}`);
	await waitForAnswer(page);
	await expect(page.locator('#search-term-links a')).toHaveText('大工委');
	await expect(page.locator('#search-term-links a')).toHaveAttribute('href', /^\/terms\/[a-z0-9-]+\/$/);
	await expect(page.locator('#search-status')).toContainText('“大工委”“大工委制”');
	await openOptions(page);
	await page.getByRole('checkbox', { name: /只检索所输入的写法/ }).check();
	await expect(page).toHaveURL(/exact=1/);
	await waitForAnswer(page);
	await expect(page.locator('#search-status')).not.toContainText('大工委制');
	await page.goto(page.url());
	await waitForAnswer(page);
	await expect(page.getByRole('checkbox', { name: /只检索所输入的写法/ })).toBeChecked();
	await expect(page.locator('#search-status')).not.toContainText('大工委制');
});

test('filters narrow the results, show counts for the query, disable impossible values and live in the URL', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('党群服务中心')}`);
	await waitForAnswer(page);
	const all = await page.locator('.search-result').count();
	await openOptions(page);
	// Counts load once the filters are opened.
	await expect(page.locator('#search-results')).toHaveAttribute('data-counts', 'shown');
	const speeches = page.getByLabel('文献类型').locator('option[value="conference-speech"]');
	await expect(speeches).toHaveText(/（\d+）/);
	const counted = Number((await speeches.textContent())!.match(/（(\d+)）/)![1]);
	await page.getByLabel('文献类型').selectOption('conference-speech');
	await expect(page).toHaveURL(/docType=conference-speech/);
	await expect(page.locator('#search-results')).toHaveAttribute('data-state', new URL(page.url()).search);
	const narrowed = page.locator('.search-result');
	await expect(narrowed).toHaveCount(counted);
	expect(counted).toBeLessThan(all);
	for (const meta of await narrowed.locator('.search-result__meta').allTextContents()) expect(meta).toContain('会议发言');
	// Provinces are counted within the chosen type: Hunan has no speech, so it cannot be chosen.
	await expect(page.getByLabel('省份').locator('option[value="hunan"]')).toBeDisabled();
	// The shared URL restores query, filter and results.
	await page.goto(page.url());
	await waitForAnswer(page);
	await expect(page.getByLabel('检索词')).toHaveValue('党群服务中心');
	await expect(page.getByLabel('文献类型')).toHaveValue('conference-speech');
	await expect(page.locator('.search-result')).toHaveCount(counted);
	await page.getByLabel('省份').selectOption('shandong');
	await expect(page).toHaveURL(/province=shandong/);
	await expect(page.locator('#search-results')).toHaveAttribute('data-state', new URL(page.url()).search);
	await expect(page.locator('.search-result')).toHaveCount(1);
	await page.getByRole('button', { name: '清除筛选' }).click();
	await expect(page).not.toHaveURL(/province|docType/);
	await waitForAnswer(page);
	await expect(page.locator('.search-result')).toHaveCount(all);
});

test('the place filter lists the chosen province’s places only, fetched when the province is chosen', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => r.url().includes('/search/places/') && fetched.push(new URL(r.url()).pathname));
	await page.goto(`/search/?q=${encodeURIComponent('党群服务中心')}`);
	await waitForAnswer(page);
	await openOptions(page);
	const place = page.getByLabel('地区');
	// No province, no places: the page lists none of them (a large library has thousands).
	await expect(place).toBeDisabled();
	await expect(place.locator('option')).toHaveText(['请先选省']);
	await page.getByLabel('省份').selectOption('shandong');
	await expect(place).toBeEnabled();
	await expect(place.locator('option')).toHaveText([/^全部/, /^山东省(（\d+）)?$/, /^山东省潍坊市高密市(（\d+）)?$/]);
	expect(fetched).toEqual(['/search/places/shandong.json']);
	await place.selectOption('gaomi');
	await expect(page).toHaveURL(/province=shandong&jurisdiction=gaomi/);
	await expect(page.locator('#search-results')).toHaveAttribute('data-state', new URL(page.url()).search);
	const results = page.locator('.search-result__title a');
	await expect(results).toHaveCount(1);
	await expect(results).toHaveAttribute('href', '/cases/gaomi-15-fenzhong-dangjian-huoliquan/');
	// A shared link restores the place with its province.
	await page.goto(page.url());
	await waitForAnswer(page);
	await expect(page.getByLabel('地区')).toHaveValue('gaomi');
	await expect(page.locator('.search-result')).toHaveCount(1);
	// Leaving the province leaves its place too (other provinces have no result within 高密, so are disabled until then).
	await openOptions(page);
	await page.getByLabel('省份').selectOption('');
	await expect(page).not.toHaveURL(/jurisdiction=|province=/);
	await expect(page.getByLabel('地区')).toBeDisabled();
	await page.getByLabel('省份').selectOption('hunan');
	await expect(page.getByLabel('地区').locator('option')).toHaveText([/^全部/, /^湖南省长沙市/]);
	expect(fetched).toEqual(['/search/places/shandong.json', '/search/places/shandong.json', '/search/places/hunan.json']);
	await page.getByRole('button', { name: '清除筛选' }).click();
	await expect(page).not.toHaveURL(/province|jurisdiction/);
	await expect(page.getByLabel('地区')).toBeDisabled();
});

test('sorting by date orders the results and lives in the URL', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('社区')}&sort=oldest`);
	await waitForAnswer(page);
	const years = async () => (await page.locator('.search-result__meta').allTextContents()).map((m) => Number(m.match(/(\d{4})年/)?.[1] ?? 9999));
	const oldest = await years();
	expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
	// Opened with a sort in the URL, the options are open and say one is chosen.
	await expect(page.locator('[data-search-options]')).toHaveAttribute('open', '');
	await expect(page.locator('[data-search-options] summary')).toHaveText('筛选与排序（已选 1 项）');
	await page.getByLabel('排序').selectOption('newest');
	await expect(page).toHaveURL(/sort=newest/);
	await waitForAnswer(page);
	const newest = (await years()).filter((y) => y !== 9999);
	expect(newest).toEqual([...newest].sort((a, b) => b - a));
	expect((await years()).at(-1)).toBe(9999); // undated records last
});

test('the date order is fetched only when a reader sorts by date', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => r.url().includes('/search/date-order.json') && fetched.push(r.url()));
	await page.goto(`/search/?q=${encodeURIComponent('社区')}`);
	await waitForAnswer(page);
	expect(fetched).toEqual([]);
	await page.locator('[data-search-options] summary').click();
	await page.getByLabel('排序').selectOption('oldest');
	await waitForAnswer(page);
	await page.getByLabel('排序').selectOption('newest');
	await waitForAnswer(page);
	expect(fetched).toHaveLength(1);
});

test('results come in batches: the first at once, the second on reaching it, then more on request', async ({ page }) => {
	// The batch is the list's data-page-size (10); served at 3 here so that the 8 records need three batches.
	await page.route((url) => url.pathname === '/search/', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: (await response.text()).replace('data-page-size="10"', 'data-page-size="3"') });
	});
	const fragments: string[] = [];
	page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
	await page.setViewportSize({ width: 1280, height: 500 });
	await page.goto(`/search/?q=${encodeURIComponent('社区')}`);
	await waitForAnswer(page);
	await expect(page.locator('#search-status')).toContainText('找到 8 条记录');
	await expect(page.locator('.search-result')).toHaveCount(3);
	expect(fragments).toHaveLength(3); // one fragment per result shown, nothing ahead
	await page.locator('#search-more').scrollIntoViewIfNeeded();
	await expect(page.locator('.search-result')).toHaveCount(6);
	await page.getByRole('button', { name: '显示更多结果（还有 2 条）' }).click();
	await expect(page.locator('.search-result')).toHaveCount(8);
	await expect(page.locator('#search-more')).toBeHidden();
});

test('keyboard: type, then Tab reaches the results and Enter opens one', async ({ page }) => {
	await page.goto('/search/');
	await page.getByLabel('检索词').focus();
	await page.keyboard.type('红色物业');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-results')).toHaveAttribute('data-query', '红色物业');
	const firstLink = page.locator('.search-result__title a').first();
	for (let i = 0; i < 20 && !(await firstLink.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(firstLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/cases\/[a-z0-9-]+\/$/);
});

test('on a 375 × 812 phone the first result starts above the fold', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await page.goto(`/search/?q=${encodeURIComponent('双报到')}`);
	await waitForAnswer(page);
	const first = await page.locator('.search-result').first().boundingBox();
	expect(first!.y + 60).toBeLessThan(812);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
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

test('no search code or index loads until the search box is used', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
	const index: string[] = [];
	page.on('request', (r) => r.url().includes('/pagefind/') && index.push(r.url()));
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
	await page.route('**/pagefind/**', (route) => route.abort('failed'));
	await page.goto('/search/');
	await page.getByLabel('检索词').fill('双报到');
	await expect(page.locator('.search-status')).toHaveText('检索未能完成：索引文件下载失败，请检查网络后重试。');
	await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true');
});

test.describe('on a phone (375 × 812)', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	test('the first result, its title and excerpt, is above the fold', async ({ page }) => {
		await page.goto(`/search/?q=${encodeURIComponent('双报到')}`);
		await waitForAnswer(page);
		const first = page.locator('.search-result').first();
		const box = (await first.locator('h2, h3').first().boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(812);
		await expect(first.locator('mark').first()).toBeInViewport();
	});
});
