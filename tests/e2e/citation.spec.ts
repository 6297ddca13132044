/**
 * 引用本文 on record pages: the GB/T 7714 text is the unit-tested one, the copy buttons copy, the
 * downloads are served, each ¶ link offers its paragraph's citation, and all of it works (or
 * explains itself) without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { citationData, formatGbt, paragraphCitation } from '../../src/lib/citation.ts';
import { readContent } from '../../src/lib/readContent.ts';
import type { EventData } from '../../src/schemas/event.ts';

const { library } = readContent('content');
const events = new Map((library.events as { id: string; data: EventData }[]).map((e) => [e.id, e.data.name]));
/** The GB/T text as the unit tests check it (the site address only changes the notes, not this text). */
const gbt = (id: string) => {
	const c = library.cases.find((r) => r.id === id)!;
	return formatGbt(citationData({ id, url: `/cases/${id}/`, data: c.data }, { eventName: c.data.event ? events.get(c.data.event.id) : undefined }));
};
const changsha = 'changsha-sixiang-zaizao';
const url = `/cases/${changsha}/`;

test('every record page shows its unit-tested GB/T 7714 citation under 引用本文', async ({ page }) => {
	expect(library.cases).toHaveLength(8);
	for (const { id } of library.cases) {
		await page.goto(`/cases/${id}/`);
		const block = page.locator('section.cite-block');
		await expect(block.getByRole('heading', { level: 2, name: '引用本文' })).toBeVisible();
		await expect(block.locator('.citation')).toHaveText(gbt(id));
		// It comes just before the source notice (its small script between them).
		await expect(page.locator('section.cite-block + script + section.source-notice')).toHaveCount(1);
	}
});

test.describe('with the clipboard', () => {
	test.beforeEach(async ({ context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	});

	test('the copy button copies the citation and says 已复制', async ({ page }) => {
		await page.goto(url);
		const button = page.locator('.cite-block').getByRole('button', { name: '复制引文' });
		await button.click();
		await expect(page.locator('.cite-block__tools [aria-live]')).toHaveText('已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(gbt(changsha));
	});

	test('a ¶ link offers its paragraph’s citation under the paragraph, and it copies', async ({ page }) => {
		await page.goto(url);
		await page.locator('#p-13 > a.pilcrow').click();
		const box = page.locator('.para-cite');
		await expect(box).toBeVisible();
		expect(await box.evaluate((b) => b.previousElementSibling?.id)).toBe('p-13');
		const text = (await box.locator('.para-cite__text').textContent())!;
		expect(text).toContain('第13段');
		const address = /: (\S+#p-13)\.$/.exec(text)?.[1];
		expect(address, text).toBeTruthy();
		expect(new URL(address!).pathname + new URL(address!).hash).toBe(`${url}#p-13`);
		expect(text).toBe(paragraphCitation(gbt(changsha), 13, address!));
		await box.getByRole('button', { name: '复制' }).click();
		await expect(box.locator('[aria-live]')).toHaveText('已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

		// Another ¶: the one box moves there; a heading target has no box.
		await page.locator('#p-20 > a.pilcrow').click();
		await expect(box).toBeVisible();
		expect(await box.evaluate((b) => b.previousElementSibling?.id)).toBe('p-20');
		await expect(box.locator('.para-cite__text')).toContainText('第20段');
		await expect(box.locator('[aria-live]')).toHaveText('');
		await expect(page.locator('.para-cite')).toHaveCount(1);
		const heading = await page.locator('.case__text h2[id^="p-"]').first().getAttribute('id');
		await page.goto(`${url}#${heading}`);
		await expect(box).toBeHidden();
	});

	test('opening a ¶ address shows that paragraph’s citation', async ({ page }) => {
		await page.goto(`${url}#p-5`);
		await expect(page.locator('.para-cite')).toBeVisible();
		await expect(page.locator('.para-cite__text')).toContainText(`第5段: `);
		await expect(page.locator('.para-cite__text')).toContainText(`${url}#p-5.`);
	});
});

test('the downloads are served: RIS, BibTeX and CSL-JSON of the same record', async ({ page, request }) => {
	await page.goto(url);
	const links = page.locator('.cite-block__tools a[download]');
	await expect(links).toHaveText(['RIS', 'BibTeX', 'CSL-JSON']);
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs).toEqual([`${url}cite.ris`, `${url}cite.bib`, `${url}cite.json`]);

	const ris = await request.get(hrefs[0]!);
	expect(ris.status()).toBe(200);
	expect(ris.headers()['content-type']).not.toContain('html');
	const risText = await ris.text();
	expect(risText).toMatch(/^TY {2}- ELEC\r\n/);
	expect(risText).toContain('TI  - 湖南长沙市：实施“四项再造”，充分发挥街道社区党组织领导核心作用\r\n');
	expect(risText).toContain('AU  - 中共长沙市委组织部\r\n');
	expect(risText).not.toContain('UR  -');
	expect(risText.endsWith('ER  - \r\n')).toBe(true);

	const bib = await request.get(hrefs[1]!);
	expect(bib.status()).toBe(200);
	expect(bib.headers()['content-type']).not.toContain('html');
	const bibText = await bib.text();
	expect(bibText).toMatch(new RegExp(`^@misc\\{${changsha},\\n`));
	expect(bibText).toContain('author = {{中共长沙市委组织部}},');
	expect(bibText).toContain('date = {2018-10-22},');

	const json = await request.get(hrefs[2]!);
	expect(json.status()).toBe(200);
	expect(json.headers()['content-type']).toContain('json');
	const items = (await json.json()) as Record<string, unknown>[];
	expect(items).toHaveLength(1);
	expect(items[0]).toMatchObject({ id: changsha, type: 'webpage', 'container-title': '人民网-中国共产党新闻网', issued: { 'date-parts': [[2018, 10, 22]] } });
	expect(items[0]!.URL).toBeUndefined();

	// Every record has all three.
	for (const { id } of library.cases)
		for (const ext of ['ris', 'bib', 'json']) expect((await request.get(`/cases/${id}/cite.${ext}`)).status(), `${id} ${ext}`).toBe(200);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the citation is selectable text, the downloads work, and paragraph citing is explained', async ({ page }) => {
		await page.goto(`${url}#p-13`);
		await expect(page.locator('.cite-block .citation')).toHaveText(gbt(changsha));
		await expect(page.locator('.cite-block button')).toHaveCount(2);
		for (const button of await page.locator('.cite-block button').all()) await expect(button).toBeHidden();
		await expect(page.locator('.para-cite')).toBeHidden();
		await expect(page.locator('.cite-block__tools a[download]')).toHaveCount(3);
		const note = page.locator('.cite-block__note');
		await expect(note).toContainText('引用某一段');
		await expect(note).toContainText('第N段');
		const example = (await page.locator('.cite-block__example').textContent())!;
		expect(example.startsWith(`${gbt(changsha)} 城市基层党建案例库整理本, 第1段: `)).toBe(true);
		expect(example).toMatch(new RegExp(`${url}#p-1\\.$`));
		const selected = await page.locator('.cite-block .citation').evaluate((p) => getComputedStyle(p).userSelect);
		expect(selected).not.toBe('none');
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.1 AA violation in the citation, paragraph box shown (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(`${url}#p-13`);
		await expect(page.locator('.para-cite')).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('the citation and the paragraph box fit a 375 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(`${url}#p-13`);
	await expect(page.locator('.para-cite')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
