import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { buildMatrix, flattenFacts } from '../../src/lib/compareMatrix.ts';
import { readContent } from '../../src/lib/readContent.ts';

const { library } = readContent('content');
const facts = flattenFacts(
	library.cases.map((c) => ({ id: c.id, title: c.data.title, jurisdictionId: c.data.jurisdiction.id, body: c.body, facts: c.data.facts })),
);
const dimensions = new Map(library.dimensions.map((d) => [d.id, d.data]));

test('every cell of the matrix equals the facts of its dimension and jurisdiction; empty cells say 未提及', async ({ page }) => {
	await page.goto('/compare/all/');
	const columns = await page.locator('.compare-table thead th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col')!));
	const expected = buildMatrix(facts, dimensions, columns);
	const shown = await page.locator('.compare-table tbody tr:not(.compare-table__group)').evaluateAll((rows) =>
		rows.map((row) => ({
			dimension: row.querySelector('th a')!.getAttribute('href')!.split('/')[2]!,
			cells: [...row.querySelectorAll('td')].map((td) => ({
				col: td.getAttribute('data-col')!,
				values: [...td.querySelectorAll('.cell-fact__value')].map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })),
				quotes: [...td.querySelectorAll('.cell-fact__quote')].map((q) => q.textContent!.replace(/^原文：/, '').trim()),
				empty: td.textContent!.trim() === '未提及',
			})),
		})),
	);
	const expectedRows = expected.flatMap((g) => g.rows);
	expect(shown.map((r) => r.dimension).sort()).toEqual(expectedRows.map((r) => r.dimensionId).sort());
	for (const row of expectedRows) {
		const got = shown.find((r) => r.dimension === row.dimensionId)!;
		for (const cell of row.cells) {
			const gotCell = got.cells.find((c) => c.col === cell.jurisdictionId)!;
			expect(gotCell.empty, `${row.dimensionId} × ${cell.jurisdictionId}`).toBe(cell.facts.length === 0);
			expect(gotCell.values).toEqual(cell.facts.map((f) => ({ text: f.display, href: f.href })));
			expect(gotCell.quotes).toEqual(cell.facts.map((f) => f.quote));
		}
	}
	// Every fact of the library appears in the full matrix exactly once.
	expect(shown.flatMap((r) => r.cells.flatMap((c) => c.values)).length).toBe(facts.length);
});

test('every cell link lands on a paragraph that contains its quote', async ({ page }) => {
	await page.goto('/compare/all/');
	const links = await page.locator('.cell-fact').evaluateAll((cells) =>
		cells.map((c) => ({
			href: c.querySelector('a')!.getAttribute('href')!,
			quote: c.querySelector('.cell-fact__quote')!.textContent!.replace(/^原文：/, '').trim(),
		})),
	);
	const byPage = new Map<string, { id: string; quote: string }[]>();
	for (const { href, quote } of links) {
		const [path, id] = href.split('#');
		byPage.set(path!, [...(byPage.get(path!) ?? []), { id: id!, quote }]);
	}
	for (const [path, targets] of byPage) {
		await page.goto(path);
		for (const { id, quote } of targets) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toContainText(quote);
	}
});

test('the default matrix shows only dimensions stated by at least two jurisdictions', async ({ page }) => {
	await page.goto('/compare/');
	const rows = page.locator('.compare-table tbody tr:not(.compare-table__group)');
	const count = await rows.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		const mentioned = await rows.nth(i).locator('td:not(:has(.not-mentioned))').count();
		expect(mentioned).toBeGreaterThanOrEqual(2);
	}
});

test('the quote shows on focus, and a cell link opens its paragraph', async ({ page }) => {
	await page.goto('/compare/');
	const cell = page.locator('.cell-fact').first();
	await expect(cell.locator('.cell-fact__quote')).toBeHidden();
	await cell.locator('a').focus();
	await expect(cell.locator('.cell-fact__quote')).toBeVisible();
	const quote = (await cell.locator('.cell-fact__quote').textContent())!.replace(/^原文：/, '');
	await cell.locator('a').click();
	await expect(page.locator(new URL(page.url()).hash)).toContainText(quote);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// Comparison pages load no script (issue 8): the checkboxes work through CSS alone.
	test('choosing jurisdictions and groups hides the rest; 全部显示 brings them back', async ({ page }) => {
		await page.goto('/compare/');
		await page.getByText('选择地区（列）和维度分组（行）').click();
		const columns = await page.locator('input[name="j"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
		for (const id of columns.slice(2)) await page.locator(`input[name="j"][value="${id}"]`).uncheck();
		await expect(page.locator('.compare-table thead th[data-col]:visible')).toHaveCount(2);
		await expect(page.locator(`.compare-table td[data-col="${columns[2]}"]:visible`)).toHaveCount(0);
		await expect(page.locator(`.compare-table td[data-col="${columns[0]}"]:visible`)).not.toHaveCount(0);
		const group = await page.locator('input[name="g"]').first().getAttribute('value');
		await page.locator(`input[name="g"][value="${group}"]`).uncheck();
		await expect(page.locator(`tbody[data-group="${group}"]`)).toBeHidden();
		await page.getByRole('button', { name: '全部显示' }).click();
		await expect(page.locator('.compare-table thead th[data-col]:visible')).toHaveCount(columns.length);
		await expect(page.locator(`tbody[data-group="${group}"]`)).toBeVisible();
	});

	test('groups are anchors and each jurisdiction links to its transposed view', async ({ page }) => {
		await page.goto('/compare/');
		const anchor = page.locator('.compare-nav a').nth(1);
		const href = (await anchor.getAttribute('href'))!;
		await anchor.click();
		await expect(page.locator(href)).toBeVisible();
		await page.locator('.compare-table thead th[data-col] a').first().click();
		await expect(page).toHaveURL(/\/places\/[a-z-]+\/$/);
		await expect(page.locator('.data-table')).not.toHaveCount(0);
	});
});

test('the printed matrix carries the quotes as footnotes and no controls', async ({ page }) => {
	await page.goto('/compare/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-footnotes')).toBeVisible();
	await expect(page.locator('.fn-ref').first()).toBeVisible();
	await expect(page.locator('.compare-links')).toBeHidden();
	const cells = await page.locator('.cell-fact').count();
	await expect(page.locator('.print-footnotes li')).toHaveCount(cells);
});

for (const path of ['/compare/', '/compare/all/']) {
	test(`axe is clean on ${path} in light and dark, and it fits a phone`, async ({ page }) => {
		test.setTimeout(120_000); // the full matrix has ~1,700 cells for axe to check, twice
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// The first column stays in view while the table scrolls sideways.
		await page.locator('.compare-wrap').evaluate((el) => (el.scrollLeft = 400));
		const box = await page.locator('.compare-table tbody th[scope="row"]').first().boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x).toBeLessThan(40);
	});
}
