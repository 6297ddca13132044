/**
 * 引用本文 on record pages and the citation page (/cases/<id>/cite/): the GB/T 7714 text is the
 * unit-tested one, the downloads are served, every paragraph has its citation on the citation page,
 * the copy buttons there copy, and record pages explain paragraph citing without any script.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { citationData, formatGbt, paragraphCitation } from '../../src/lib/citation.ts';
import { citationToCopy } from '../../src/lib/citationCopy.ts';
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
		// It comes just before the source notice, and links to the record's citation page.
		await expect(page.locator('section.cite-block + section.source-notice')).toHaveCount(1);
		await expect(block.getByRole('link', { name: '逐段引文（可复制）' })).toHaveAttribute('href', `/cases/${id}/cite/`);
	}
});

const cite = `${url}cite/`;

test('the citation page gives every paragraph’s citation, numbered as the record’s ¶ anchors', async ({ page }) => {
	await page.goto(url);
	const paragraphs = await page.locator('.case__text p.para').evaluateAll((ps) => ps.map((p) => Number(p.id.slice(2))));
	await page.goto(cite);
	await expect(page.locator('#citation-text')).toHaveText(gbt(changsha));
	const items = page.locator('.para-citations > li');
	await expect(items).toHaveCount(paragraphs.length);
	expect(await items.evaluateAll((lis) => lis.map((li) => Number(li.id.slice(2))))).toEqual(paragraphs);
	const text = (await page.locator('#p-13 .citation-text').textContent())!;
	const address = /第13段\[引用日期\]\. (\S+#p-13)\.$/.exec(text)?.[1];
	expect(address, text).toBeTruthy();
	expect(new URL(address!).pathname + new URL(address!).hash).toBe(`${url}#p-13`);
	expect(text).toBe(paragraphCitation(gbt(changsha), 13, address!));
	// Its 第13段 link opens that paragraph of the record.
	await page.locator('#p-13').getByRole('link', { name: '第13段' }).click();
	await expect(page).toHaveURL(new RegExp(`${url}#p-13$`));
	await expect(page.locator('#p-13')).toBeInViewport();
});

test('a ¶ address on the citation page opens on that paragraph’s citation', async ({ page }) => {
	await page.goto(`${cite}#p-20`);
	await expect(page.locator('#p-20')).toBeInViewport();
	await expect(page.locator('#p-20 .citation-text')).toContainText('第20段[引用日期]. ');
});

test.describe('with the clipboard', () => {
	test.beforeEach(async ({ context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	});

	test('the copy buttons copy the record’s and a paragraph’s citation and say 已复制', async ({ page }) => {
		await page.goto(cite);
		await page.getByRole('button', { name: '复制引文' }).click();
		await expect(page.locator('#citation-text + p .copy-status, p:has(> button[data-copy="citation-text"]) .copy-status')).toHaveText('已复制');
		const today = await page.evaluate(() => new Date().toISOString());
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citationToCopy(gbt(changsha), new URL(page.url()).origin, new Date(today)));
		const item = page.locator('#p-13');
		await item.getByRole('button', { name: '复制第13段引文' }).click();
		await expect(item.locator('.copy-status')).toHaveText('已复制');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		// The access date filled in with today's, in GB/T 7714 form; the address the page's own.
		expect(copied).toBe(citationToCopy((await item.locator('.citation-text').textContent())!, new URL(page.url()).origin, new Date(today)));
		expect(copied).toMatch(/第13段\[\d{4}-\d{2}-\d{2}\]\. \S+\/cases\/changsha-sixiang-zaizao\/#p-13\.$/);
		expect(copied).not.toContain('引用日期');
		// One message at a time: the first one is gone.
		await expect(page.locator('p:has(> button[data-copy="citation-text"]) .copy-status')).toHaveText('');
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

	test('the record page explains paragraph citing; the citation page lists every citation as selectable text', async ({ page }) => {
		await page.goto(`${url}#p-13`);
		await expect(page.locator('.cite-block .citation')).toHaveText(gbt(changsha));
		await expect(page.locator('.cite-block button')).toHaveCount(0);
		await expect(page.locator('.cite-block__tools a[download]')).toHaveCount(3);
		const note = page.locator('.cite-block__note');
		await expect(note).toContainText('引用某一段');
		await expect(note).toContainText('第N段');
		const example = (await page.locator('.cite-block__example').textContent())!;
		expect(example.startsWith(`${gbt(changsha)} 城市基层党建案例库整理本, 第1段[引用日期]. `)).toBe(true);
		expect(example).toMatch(new RegExp(`${url}#p-1\\.$`));
		const selected = await page.locator('.cite-block .citation').evaluate((p) => getComputedStyle(p).userSelect);
		expect(selected).not.toBe('none');
		await page.getByRole('link', { name: '逐段引文（可复制）' }).click();
		await expect(page).toHaveURL(new RegExp(`${cite}$`));
		await expect(page.locator('#p-13 .citation-text')).toContainText('第13段');
		for (const button of await page.locator('button[data-copy]').all()) await expect(button).toBeHidden();
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.1 AA violation on the citation page, a paragraph targeted (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(`${cite}#p-13`);
		await expect(page.getByRole('button', { name: '复制第13段引文' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('the record’s citation block and the citation page fit a 375 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of [`${url}#cite-heading`, `${cite}#p-13`]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test.describe('one-step paragraph citation from the ¶ mark, in the record page', () => {
	for (const javaScriptEnabled of [true, false]) {
		test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
			test.use({ javaScriptEnabled, hasTouch: true });

			for (const [how, width] of [
				['keyboard', 1280],
				['touch', 375],
			] as const) {
				test(`${how} at ${width} px: ¶13 shows that paragraph’s citation under it, and its copy link leads to it on the citation page`, async ({ page }) => {
					await page.setViewportSize({ width, height: 812 });
					await page.goto(url);
					const cite = page.locator('#p-13 + .para-cite');
					await expect(cite).toBeHidden();
					const mark = page.locator('#p-13 a.pilcrow');
					if (how === 'keyboard') {
						await mark.focus();
						await page.keyboard.press('Enter');
					} else await mark.tap();
					await expect(page).toHaveURL(new RegExp(`${url}#p-13$`));
					await expect(cite).toBeVisible();
					await expect(cite).toBeInViewport();
					const text = (await cite.locator('.para-cite__text').textContent())!;
					expect(text.startsWith(`${gbt(changsha)} 城市基层党建案例库整理本, 第13段[引用日期]. `)).toBe(true);
					expect(text).toMatch(new RegExp(`/cases/${changsha}/#p-13\\.$`));
					// Only the targeted paragraph's citation shows.
					await expect(page.locator('.para-cite:visible')).toHaveCount(1);
					await cite.getByRole('link', { name: '复制（自动填引用日期）' }).click();
					await expect(page).toHaveURL(new RegExp(`${url}cite/#p-13$`));
					await expect(page.locator('#p-13 .citation-text')).toHaveText(text);
				});
			}
		});
	}

	test('the record page with a paragraph citation open is axe-clean, light and dark', async ({ page }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(`${url}#p-13`);
			await expect(page.locator('#p-13 + .para-cite')).toBeVisible();
			await expectNoAxeViolations(page);
		}
	});
});
