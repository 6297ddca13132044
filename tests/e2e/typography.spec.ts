import { expect, test, type Page } from '@playwright/test';

/** Pages with notes, quotes and small labels: one of each kind that has them. */
const pages = [
	'/cases/changsha-sixiang-zaizao/',
	'/cases/lanzhou-wangge-dangjian/brief/',
	'/cases/changsha-sixiang-zaizao/cite/',
	'/compare/community-workers-count/',
	'/compare/province/shandong/',
	'/places/changsha/',
	'/cases/',
	'/terms/shuang-baodao/',
	'/search/?q=双报到',
];

interface Problem {
	text: string;
	why: string;
}

/** Visible text that is slanted (with CJK), smaller than 14 px, or justified. */
function typographyProblems(page: Page): Promise<Problem[]> {
	return page.evaluate(() => {
		const problems: { text: string; why: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent!.trim();
			const element = node.parentElement!;
			if (!text || element.closest('svg, script, style, .visually-hidden, [hidden]')) continue;
			const rects = element.getClientRects();
			if (rects.length === 0 || [...rects].every((r) => r.width === 0 || r.height === 0)) continue;
			const style = getComputedStyle(element);
			if (style.visibility === 'hidden') continue;
			const sample = text.slice(0, 20);
			if (/[\u3400-\u9fff]/.test(text) && style.fontStyle !== 'normal') problems.push({ text: sample, why: `font-style ${style.fontStyle}` });
			if (parseFloat(style.fontSize) < 14 && element.tagName !== 'SUP') problems.push({ text: sample, why: `font-size ${style.fontSize}` });
			const block = element.closest('p, li, td, th, dd, div, blockquote, figcaption') ?? element;
			if (getComputedStyle(block).textAlign === 'justify') problems.push({ text: sample, why: 'justified' });
		}
		return problems;
	});
}

for (const width of [375, 1280]) {
	for (const path of pages) {
		test(`${path} at ${width} px: no slanted Chinese, no text under 14 px, no justified lines`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			if (path.startsWith('/search/')) await expect(page.locator('.search-result').first()).toBeVisible();
			const problems = await typographyProblems(page);
			expect(problems.slice(0, 10), `${problems.length} problems`).toEqual([]);
		});
	}
}

test.describe('wide tables at 375 px', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	for (const path of ['/terms/shuang-baodao/', '/compare/community-workers-count/', '/places/changsha/']) {
		test(`${path}: a table wider than the screen shows that it scrolls; place names stay on one line`, async ({ page }) => {
			await page.goto(path);
			const wraps = await page.locator('.table-wrap').evaluateAll((ws) =>
				ws.map((w) => ({ overflows: w.scrollWidth > w.clientWidth + 1, background: getComputedStyle(w).backgroundImage, attachment: getComputedStyle(w).backgroundAttachment })),
			);
			expect(wraps.length).toBeGreaterThan(0);
			// The cue is on every wrapper; it only shows where the table overflows (the covers scroll with it).
			if (path.startsWith('/compare/')) expect(wraps.some((w) => w.overflows), 'the dimension table is wider than the phone').toBe(true);
			for (const w of wraps) {
				expect(w.background).toContain('radial-gradient');
				expect(w.attachment).toContain('local');
			}
			const names = await page.locator('.data-table a[href^="/places/"], .data-table .place-name').evaluateAll((els) =>
				els.map((el) => {
					// Line boxes of the name's text (a cell's own box is as tall as its row).
					const range = document.createRange();
					range.selectNodeContents(el);
					return { text: el.textContent!.trim(), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
				}),
			);
			for (const name of names) expect(name.lines, name.text).toBeLessThanOrEqual(1);
		});
	}
});
