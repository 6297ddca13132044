/**
 * Handouts: what Chromium prints. Record pages and case briefs are printed to A4 PDFs with
 * `page.pdf()`, and the PDFs' text (read back with pdf.js) is checked: the title block, the ¶ numbers,
 * no navigation, and every brief on at most two pages with its summary, outline, quotes and citation.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { printPdf } from './printPdf.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { outline } from '../../src/lib/resolveFacts.ts';

const { library } = readContent('content');
const changsha = library.cases.find((c) => c.id === 'changsha-sixiang-zaizao')!;

/** Text compared without spacing or punctuation: line breaks, justification and quote marks differ in print. */
const squeeze = (text: string) => text.replace(/[\s\p{P}]/gu, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chromium writes each glyph's text as one of the code points the font maps to it, and a CJK font
 * shares glyphs between ideographs and radicals: with Noto CJK a printed 长 reads back as ⻓ (U+2ED3),
 * 心 as ⼼ (U+2F3C), 户 as ⼾. Which characters do depends on the fonts, so the test prints the
 * characters it looks for in the page's own print fonts and learns what each reads back as.
 */
async function readBack(page: Page, texts: string[]): Promise<(text: string) => RegExp> {
	const chars = [...new Set(texts.join('').match(/\p{Script=Han}/gu) ?? [])];
	await page.emulateMedia({ media: 'print' });
	const fonts = await page.evaluate(() => [
		getComputedStyle(document.body).fontFamily,
		getComputedStyle(document.querySelector('h1')!).fontFamily,
	]);
	const lines = fonts.flatMap((font) => ['400', '700'].map((weight) => `<p style='font-family:${font};font-weight:${weight}'>${chars.join('|')}</p>`));
	await page.setContent(`<!doctype html><html lang="zh-CN"><body>${lines.join('')}</body></html>`);
	const tokens = (await printPdf(page)).raw.split(/[\s|]+/).filter(Boolean);
	expect(tokens, 'each calibration character reads back as one character').toHaveLength(chars.length * lines.length);
	const aliases = new Map(chars.map((c) => [c, new Set([c])]));
	tokens.forEach((token, i) => aliases.get(chars[i % chars.length]!)!.add(token));
	return (text) =>
		new RegExp(
			[...squeeze(text)].map((c) => (aliases.get(c)?.size ?? 1) > 1 ? `(?:${[...aliases.get(c)!].map(escape).join('|')})` : escape(c)).join(''),
			'gu',
		);
}

/** How often a text occurs in printed text. */
const occurrences = (printed: string, pattern: RegExp) => squeeze(printed).match(pattern)?.length ?? 0;

test.describe('a record page in print', () => {
	const url = `/cases/${changsha.id}/`;

	test('prints the title block and the text with its ¶ numbers, and no navigation', async ({ page }) => {
		await page.goto(url);
		await page.emulateMedia({ media: 'print' });
		const site = await page.evaluate(() => ({
			name: document.querySelector('.site-name')!.textContent!.trim(),
			links: [...document.querySelectorAll('.site-header nav a')].map((a) => a.textContent!.trim()),
			placeholder: document.querySelector<HTMLInputElement>('.site-search input')!.placeholder,
			footer: document.querySelector('.site-footer strong')!.textContent!.trim(),
			skip: document.querySelector('.skip-link')!.textContent!.trim(),
			paragraphs: [...document.querySelectorAll('.case__text p.para')].map((p) => Number(p.id.slice(2))),
			citation: document.querySelector<HTMLElement>('.citation')?.innerText,
			// What the printed page shows inside <main>: display:none parts are not in innerText.
			main: document.querySelector('main')!.innerText,
		}));
		expect(site.links).toEqual(expect.arrayContaining(['首页', '案例', '地区', '比较', '术语', '编辑说明']));
		expect(site.footer).toContain('来源政策');
		const printed = await printPdf(page);
		const navigation = [site.name, ...site.links, site.placeholder, site.footer, site.skip, '目录'];
		const match = await readBack(page, [changsha.data.title, changsha.data.series!, changsha.data.summary, site.citation ?? '', ...navigation]);

		expect(occurrences(printed.raw, match(changsha.data.title))).toBeGreaterThan(0);
		expect(occurrences(printed.raw, match(changsha.data.series!))).toBeGreaterThan(0);
		expect(occurrences(printed.raw, match(changsha.data.summary))).toBe(1);
		// The record page's citation block (.citation) prints with the title block.
		if (site.citation) expect(occurrences(printed.raw, match(site.citation))).toBeGreaterThan(0);

		// 地区, 案例 … are also words of the record (“地区” labels the place): each may print only as
		// often as the printed <main> holds it, so the header, footer, skip link and TOC printed nothing.
		for (const text of navigation)
			expect(occurrences(printed.raw, match(text)), `“${text}” in the PDF`).toBe(occurrences(site.main, match(text)));
		// These never occur in <main>: none may print. (The library's name may: the rights notice asks reusers
		// to credit “城市基层党建案例库”; the loop above prints it only as often as <main> names it.)
		for (const text of [site.placeholder, site.footer, site.skip]) expect(occurrences(printed.raw, match(text)), text).toBe(0);
		expect(occurrences(site.main, match(site.name)), 'the name only in the rights notice').toBe(1);

		// ¶ numbers: every paragraph's, as plain numbers; no #p- address after them, none after term links.
		const numbers = new Set([...printed.raw.matchAll(/¶\s*(\d+)/g)].map((m) => Number(m[1])));
		expect(site.paragraphs.length).toBeGreaterThan(20);
		expect(site.paragraphs.filter((n) => !numbers.has(n))).toEqual([]);
		expect(printed.raw).not.toContain('#p-');
		expect(printed.raw).not.toContain('/terms/');
		expect(printed.pages).toBeGreaterThan(1);
	});

	test('links in the text and notes print their site address; ¶ and term links print as text', async ({ page }) => {
		await page.goto(url);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.case__text a.term-link').first()).toBeAttached();
		// The records' texts hold no site link of their own today: add one to the text and one to the notes.
		await page.evaluate(() => {
			const add = (where: Element, href: string, text: string) => {
				const a = document.createElement('a');
				a.href = href;
				a.textContent = text;
				where.append(a);
			};
			add(document.querySelector('#p-1')!, '/about/', '编辑说明');
			add(document.querySelector('.editorial-notes li')!, '/places/changsha/', '长沙市');
		});
		const styles = await page.evaluate(() =>
			['.case__text a.pilcrow', '.case__text a.term-link', '.fact__source', '.editorial-notes a[href^="#p-"]'].map((selector) => {
				const a = document.querySelector(selector)!;
				return { selector, after: getComputedStyle(a, '::after').content, decoration: getComputedStyle(a).textDecorationLine };
			}),
		);
		for (const style of styles) expect(style, style.selector).toEqual({ selector: style.selector, after: 'none', decoration: 'none' });
		const printed = squeeze(await printPdf(page).then((p) => p.raw));
		expect(printed).toContain(squeeze('（/about/）'));
		expect(printed).toContain(squeeze('（/places/changsha/）'));
		expect(printed).not.toContain('/terms/');
		expect(printed).not.toContain('#p-');
	});

	test('prints black on white even in dark mode, on A4 with the site chrome hidden', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		await page.goto(url);
		const look = await page.evaluate(() => ({
			body: [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor],
			text: getComputedStyle(document.querySelector('#p-1')!).color,
			hidden: ['.site-header', '.site-footer', '.skip-link', '.toc'].map((s) => getComputedStyle(document.querySelector(s)!).display),
			factBreak: getComputedStyle(document.querySelector('.fact')!).breakInside,
			headingBreak: getComputedStyle(document.querySelector('.case__text h2')!).breakAfter,
		}));
		expect(look.body).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
		expect(look.text).toBe('rgb(0, 0, 0)');
		expect(look.hidden).toEqual(['none', 'none', 'none', 'none']);
		expect(look.factBreak).toBe('avoid');
		expect(look.headingBreak).toBe('avoid');
	});
});

test.describe('case briefs', () => {
	for (const record of library.cases) {
		test(`${record.id}: the brief prints on at most two A4 pages with summary, outline, quotes and citation`, async ({ page }) => {
			const url = `/cases/${record.id}/brief/`;
			await page.goto(url);
			await expect(page.locator('h1')).toHaveText(record.data.title);
			await expect(page.locator(`a[href="/cases/${record.id}/"]`).first()).toBeAttached();
			// The GB/T 7714 reference of src/lib/citation.ts: “…[EB/OL]. …”, “…[C]//…”.
			const citation = (await page.locator('.brief-citation__reference').textContent())!;
			expect(citation).toMatch(/\[(EB|A|C|Z)(\/OL)?\]/);
			// Its outline: the headings and the run-in headings that name the measures.
			const headings = outline(record.body, { runIns: true }).map((h) => h.text);
			expect(headings.length).toBeGreaterThan(outline(record.body).length);
			const quotes = record.data.facts.map((f) => f.quote);

			const printed = await printPdf(page);
			const match = await readBack(page, [record.data.title, record.data.summary, citation, ...headings, ...quotes]);
			expect(printed.pages, 'A4 pages').toBeLessThanOrEqual(2);
			expect(occurrences(printed.raw, match(record.data.title))).toBeGreaterThan(0);
			expect(occurrences(printed.raw, match(record.data.summary))).toBeGreaterThan(0);
			expect(occurrences(printed.raw, match(citation)), citation).toBeGreaterThan(0);
			for (const heading of headings) expect(occurrences(printed.raw, match(heading)), heading).toBeGreaterThan(0);
			for (const quote of quotes) expect(occurrences(printed.raw, match(quote)), quote).toBeGreaterThan(0);
			expect(squeeze(printed.raw)).toContain(squeeze(`/cases/${record.id}/`));
			expect(printed.raw, '¶ links print as numbers, without their address').not.toContain('#p-');
			expect(occurrences(printed.raw, match('来源政策'))).toBe(0);
		});
	}

	const brief = `/cases/${changsha.id}/brief/`;

	test('the brief links each fact and heading to its paragraph in the full record', async ({ page }) => {
		await page.goto(brief);
		const links = await page.locator('.brief-fact__source, .brief-outline__source').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links).toHaveLength(changsha.data.facts.length + outline(changsha.body, { runIns: true }).length);
		for (const href of links) expect(href).toMatch(new RegExp(`^/cases/${changsha.id}/#p-\\d+$`));
		await page.locator('.brief-fact__source', { hasText: '¶13' }).first().click();
		await expect(page).toHaveURL(new RegExp(`/cases/${changsha.id}/#p-13$`));
		await expect(page.locator('#p-13')).toBeInViewport();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no WCAG 2.1 AA violation on a brief (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(brief);
			await expectNoAxeViolations(page);
		});
	}

	test('a brief fits a 375 px phone and needs no JavaScript', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('/cases/guizhou-jiedao-shequ-xianjinxing-jianshe/brief/');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.locator('script')).toHaveCount(0);
	});
});
