import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dimensionGroupIds } from '../../src/schemas/dimensionGroups.ts';
import { parse } from 'csv-parse/sync';
import { printPdf } from './printPdf.ts';
import { expectNoAxeViolations } from './axe.ts';
import { asOfLabel, buildMatrix } from '../../src/lib/compareMatrix.ts';
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import { provinceOf } from '../../src/lib/jurisdictions.ts';
import { readContent } from '../../src/lib/readContent.ts';

const { library } = readContent('content');
const facts = flattenFacts(contentFactSources(library));
const dimensions = new Map(library.dimensions.map((d) => [d.id, d.data]));
const placeIds = [...new Set(library.cases.map((c) => c.data.jurisdiction.id))];
const jurisdictions = new Map(library.jurisdictions.map((j) => [j.id, j.data]));
const provinceIds = [...new Set(placeIds.map((id) => provinceOf(id, jurisdictions)!.id))];

/** Records the builder's requests for places' and provinces' files. */
function filesRequested(page: Page): string[] {
	const requested: string[] = [];
	page.on('request', (r) => /\/compare\/(places|provinces)\//.test(r.url()) && requested.push(new URL(r.url()).pathname));
	return requested;
}

/** Waits until the builder shows the selection now in the URL. */
async function waitForComparison(page: Page) {
	await page.waitForFunction(() => {
		const state = document.querySelector('#compare-result')?.getAttribute('data-state');
		return state !== undefined && state !== null && state === location.search;
	});
}

/** What the shown matrix holds: per row, per column, the values, their links, dates and quotes. */
function readMatrix(page: Page) {
	return page.locator('.compare-table').evaluate((table) => {
		const columns = [...table.querySelectorAll('thead th a')].map((a) => a.getAttribute('href')!.split('/')[2]!);
		return [...table.querySelectorAll('tbody tr:not(.compare-table__group)')].map((row) => ({
			dimension: row.querySelector('th a')!.getAttribute('href')!.split('/')[2]!,
			cells: [...row.querySelectorAll('td')].map((td, i) => ({
				col: columns[i]!,
				values: [...td.querySelectorAll('.cell-fact')].map((f) => ({
					text: f.querySelector('.cell-fact__value')!.textContent!.trim(),
					href: f.querySelector('.cell-fact__value')!.getAttribute('href')!,
					when: f.querySelector('.cell-fact__when')!.textContent!.trim(),
					quote: f.querySelector('.cell-fact__quote')!.textContent!.replace(/^原文：/, '').trim(),
				})),
				empty: td.textContent!.trim() === '未提及',
			})),
		}));
	});
}

test('with every place and group chosen, every cell equals the facts of its dimension and place, with its date; every fact once', async ({ page }) => {
	await page.goto(`/compare/?places=${placeIds.join(',')}`);
	await waitForComparison(page);
	const shown = await readMatrix(page);
	const columns = [...new Set(shown[0]!.cells.map((c) => c.col))];
	expect([...columns].sort()).toEqual([...placeIds].sort());
	const expectedRows = buildMatrix(facts, dimensions, columns).flatMap((g) => g.rows);
	expect(shown.map((r) => r.dimension).sort()).toEqual(expectedRows.map((r) => r.dimensionId).sort());
	for (const row of expectedRows) {
		const got = shown.find((r) => r.dimension === row.dimensionId)!;
		for (const cell of row.cells) {
			const gotCell = got.cells.find((c) => c.col === cell.jurisdictionId)!;
			expect(gotCell.empty, `${row.dimensionId} × ${cell.jurisdictionId}`).toBe(cell.facts.length === 0);
			expect(gotCell.values).toEqual(cell.facts.map((f) => ({ text: f.display, href: f.href, when: asOfLabel(f), quote: f.quote })));
		}
	}
	expect(shown.flatMap((r) => r.cells.flatMap((c) => c.values)).length).toBe(facts.length);
	// The column headers say each place's level (省 beside 市).
	await expect(page.locator('.compare-table thead .compare-table__level').first()).toHaveText(/省|市|区/);
});

test('places and groups in a click each (only this / none / all); the choice is in the URL and a sent link restores it', async ({ page }) => {
	await page.goto('/compare/');
	await waitForComparison(page);
	await page.getByRole('button', { name: '只选长沙市' }).click();
	await page.getByRole('button', { name: '只看街道赋权与社区减负' }).click();
	await expect(page).toHaveURL(/\?places=changsha&groups=streets$/);
	await waitForComparison(page);
	await expect(page.locator('.compare-table thead th a')).toHaveText(['长沙市']);
	await expect(page.locator('.compare-table__group-label')).toHaveText(['街道赋权与社区减负']);
	await page.getByRole('checkbox', { name: /兰州市/ }).check();
	await page.getByRole('checkbox', { name: /高密市/ }).check();
	await expect(page).toHaveURL(/\?places=changsha,lanzhou,gaomi&groups=streets$/);
	await waitForComparison(page);
	await expect(page.locator('.compare-table thead th a')).toHaveCount(3);
	// Rows where every chosen place is silent are hidden, with their count.
	const rows = await page.locator('.compare-table tbody tr:not(.compare-table__group)').count();
	const inGroup = [...dimensions.values()].filter((d) => d.group === '街道赋权与社区减负').length;
	await expect(page.locator('#compare-status')).toHaveText(`3 个地区，${rows} 个维度至少一地提及；另有 ${inGroup - rows} 个维度所选地区均未提及，已隐藏。`);
	for (const row of await page.locator('.compare-table tbody tr:not(.compare-table__group)').all()) await expect(row.locator('.cell-fact')).not.toHaveCount(0);
	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await waitForComparison(page);
	await expect(page.locator('.compare-table thead th a')).toHaveText(['长沙市', '兰州市', '高密市']);
	// Opened from a link, the choices are folded away so that the table comes first; they unfold in a click.
	await expect(page.locator('[data-choose-box]')).not.toHaveAttribute('open');
	await expect(page.locator('[data-choose-box] > summary')).toHaveText('选择地区和维度分组（已选 3 个地区、1 个分组）');
	await page.locator('[data-choose-box] > summary').click();
	await page.getByRole('button', { name: '全不选', exact: true }).first().click();
	await expect(page.locator('#compare-status')).toHaveText('请选择至少一个地区。');
	// 全选 and 全不选 of places are per province (every place of a large library is no comparison anyone reads).
	await page.locator('[data-province="shandong"] > summary').click();
	await page.getByRole('button', { name: '全选山东省' }).click();
	await expect(page).toHaveURL(/\?places=shandong,gaomi&groups=streets$/);
	await waitForComparison(page);
	await expect(page.locator('.compare-table thead th a')).toHaveText(['山东省', '高密市']);
	await page.getByRole('button', { name: '全不选山东省' }).click();
	await expect(page.locator('#compare-status')).toHaveText('请选择至少一个地区。');
	for (const province of await page.locator('[data-province]').all()) {
		if (!(await province.evaluate((details: HTMLDetailsElement) => details.open))) await province.locator('summary').click();
		await expect(province.getByRole('checkbox').first()).toBeVisible();
		// A province of one place has only its checkbox.
		if ((await province.getByRole('checkbox').count()) > 1) await province.getByRole('button', { name: /^全选/ }).click();
		else await province.getByRole('checkbox').check();
	}
	await waitForComparison(page);
	await expect(page.locator('.compare-table thead th a')).toHaveCount(placeIds.length);
});

test('a comparison downloads only the chosen places’ files: a link to places in two provinces opens no province', async ({ page }) => {
	const requested = filesRequested(page);
	await page.goto('/compare/?places=changsha,gaomi');
	await waitForComparison(page);
	expect(requested.sort()).toEqual(['/compare/places/changsha.json', '/compare/places/gaomi.json']);
	// The columns' names, full names and levels come from the places' own files.
	await expect(page.locator('.compare-table thead th a')).toHaveText(['长沙市', '高密市']);
	expect(await page.locator('.compare-table thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('title')))).toEqual(['湖南省长沙市', '山东省潍坊市高密市']);
	await expect(page.locator('.compare-table thead .compare-table__level')).toHaveText(['地级市', '县级市']);
	await expect(page.locator('.print-footnotes__sources li').first()).toHaveText(/^长沙市：/);
});

test('the picker lists provinces; opening one loads only that province’s file, once', async ({ page }) => {
	const requested = filesRequested(page);
	await page.goto('/compare/?places=changsha');
	await waitForComparison(page);
	await page.locator('[data-choose-box] > summary').click();
	// Every province with records, with its number of places; no place until its province is opened.
	await expect(page.locator('[data-province]')).toHaveCount(provinceIds.length);
	await expect(page.locator('[data-province="shandong"] > summary')).toHaveText('山东省2 个地区');
	await expect(page.locator('[data-province="hunan"] > summary')).toHaveText('湖南省1 个地区');
	await expect(page.getByRole('checkbox', { name: /高密市/ })).toHaveCount(0);
	await page.locator('[data-province="shandong"] > summary').click();
	await page.getByRole('checkbox', { name: /高密市/ }).check();
	await expect(page).toHaveURL(/\?places=changsha,gaomi$/);
	await waitForComparison(page);
	await expect(page.locator('.compare-table thead th a')).toHaveText(['长沙市', '高密市']);
	expect(requested.filter((path) => path.startsWith('/compare/provinces/'))).toEqual(['/compare/provinces/shandong.json']);
	// 只选 in an opened province; closed and opened again, the province is not fetched again.
	await page.getByRole('button', { name: '只选山东省' }).click();
	await expect(page).toHaveURL(/\?places=shandong$/);
	await waitForComparison(page);
	await expect(page.getByRole('checkbox', { name: /山东省/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /高密市/ })).not.toBeChecked();
	await page.locator('[data-province="shandong"] > summary').click();
	await page.locator('[data-province="shandong"] > summary').click();
	await expect(page.getByRole('checkbox', { name: /山东省/ })).toBeChecked();
	expect(requested.filter((path) => path.startsWith('/compare/provinces/'))).toEqual(['/compare/provinces/shandong.json']);
});

test('a place the library does not know is dropped from a link', async ({ page }) => {
	await page.goto('/compare/?places=nowhere,changsha&groups=streets');
	await waitForComparison(page);
	await expect(page).toHaveURL(/\?places=changsha&groups=streets$/);
	await expect(page.locator('.compare-table thead th a')).toHaveText(['长沙市']);
});

test('the CSV holds exactly the facts shown, with absolute paragraph links', async ({ page }) => {
	await page.goto('/compare/?places=changsha,lanzhou,gaomi&groups=streets');
	await waitForComparison(page);
	const shownFacts = await page.locator('.cell-fact').count();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载此比较（CSV）' }).click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
	expect(rows).toHaveLength(shownFacts);
	// The same rows as /data/facts.csv, every column (base value, year, document type and level too) but the link's origin.
	const published = parse(readFileSync('dist/data/facts.csv', 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
	const key = (r: Record<string, string>) => `${r['record']}|${r['dimension']}|${r['quote']}|${r['paragraph']}`;
	const publishedRows = new Map(published.map((r) => [key(r), r]));
	for (const row of rows) {
		expect(['changsha', 'lanzhou', 'gaomi']).toContain(row['jurisdiction']);
		expect(row['dimension_group']).toBe('街道赋权与社区减负');
		expect(row['paragraph_url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cases\/[a-z0-9-]+\/#p-\d+$/);
		const same = publishedRows.get(key(row));
		expect(same, key(row)).toBeDefined();
		expect({ ...row, paragraph_url: new URL(row['paragraph_url']!).hash }).toEqual({ ...same, paragraph_url: new URL(same!['paragraph_url']!, 'http://x.invalid').hash });
	}
});

// One test per group (19 prints), so that they run in parallel.
for (const [label, id] of Object.entries(dimensionGroupIds)) {
	test(`printing three places and the group ${label} gives one A4 page, footnotes only for the cells shown, each source once`, async ({ page }) => {
		await page.goto(`/compare/?places=changsha,lanzhou,gaomi&groups=${id}`);
		await waitForComparison(page);
		await expect(page.locator('.compare-table__group-label')).toHaveText(label);
		const cells = await page.locator('.cell-fact').count();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.print-footnotes ol > li')).toHaveCount(cells);
		await expect(page.locator('.compare-builder')).toBeHidden();
		const { pages, raw } = await printPdf(page);
		expect(pages, `${label}: ${cells} quotes`).toBe(1);
		// Every footnote names its place and paragraph; each cited record's address is printed once.
		const sources = await page.locator('.print-footnotes__sources li').allTextContents();
		for (const source of sources) expect(source).toMatch(/^(长沙市|兰州市|高密市)：《.+》 https?:\/\/[^/]+\/cases\/[a-z0-9-]+\/$/);
		expect(new Set(sources).size).toBe(sources.length);
		await expect(page.locator('.print-footnotes p')).toHaveText('出处（第N段即该网址后加 #p-N）：');
		expect(raw).toContain('出处');
	});
}

test('the quote shows on focus, and a cell link opens a paragraph containing it', async ({ page }) => {
	await page.goto('/compare/?places=changsha,lanzhou');
	await waitForComparison(page);
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

	test('/compare/ leads to static pages by province, dimension and the places index; a province page holds its places’ facts', async ({ page }) => {
		await page.goto('/compare/');
		await expect(page.locator('.compare-builder')).toBeHidden();
		await page.getByRole('link', { name: '山东省' }).first().click();
		await expect(page).toHaveURL(/\/compare\/province\/shandong\/$/);
		const shown = await readMatrix(page);
		const columns = [...new Set(shown[0]!.cells.map((c) => c.col))];
		expect(columns.sort()).toEqual(['gaomi', 'shandong']);
		const expected = facts.filter((f) => columns.includes(f.jurisdictionId));
		expect(shown.flatMap((r) => r.cells.flatMap((c) => c.values)).length).toBe(expected.length);
		await page.goto('/compare/');
		// Places through the places index, not a list of every place.
		await expect(page.locator('.compare-entries a[href^="/places/"]')).toHaveCount(1);
		await expect(page.locator('.compare-entries a[href^="/places/"]')).toHaveAttribute('href', '/places/');
		await page.getByText(/^按维度/).click();
		await page.locator('.compare-entries__dimensions a').first().click();
		await expect(page).toHaveURL(/\/compare\/[a-z0-9-]+\/$/);
	});

	test('the old full-matrix address still answers, with the entry points', async ({ page }) => {
		await page.goto('/compare/all/');
		await expect(page.getByRole('link', { name: '自选比较' })).toHaveAttribute('href', '/compare/');
		await expect(page.locator('a[href^="/compare/province/"]')).not.toHaveCount(0);
	});
});

test('every cell link of the province pages lands on a paragraph that contains its quote', async ({ page }) => {
	const provinces = [...new Set(library.cases.map((c) => c.data.jurisdiction.id))];
	expect(provinces.length).toBeGreaterThan(0);
	const links: { href: string; quote: string }[] = [];
	await page.goto('/compare/');
	for (const href of await page.locator('.compare-entries a[href^="/compare/province/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		await page.goto(href);
		links.push(
			...(await page.locator('.cell-fact').evaluateAll((cells) =>
				cells.map((c) => ({ href: c.querySelector('a')!.getAttribute('href')!, quote: c.querySelector('.cell-fact__quote')!.textContent!.replace(/^原文：/, '').trim() })),
			)),
		);
	}
	expect(links.length).toBe(facts.length);
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

test('axe is clean on the picker with every province open and its places shown, in light and dark', async ({ page }) => {
	test.setTimeout(120_000); // the default comparison is every place × every group
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/compare/');
		await waitForComparison(page);
		await expect(page.locator('[data-province][open]')).toHaveCount(provinceIds.length);
		await expect(page.locator('[data-province] input[name="places"]')).toHaveCount(placeIds.length);
		await expectNoAxeViolations(page);
	}
});

for (const path of ['/compare/?places=changsha,lanzhou,gaomi,shandong', '/compare/province/shandong/']) {
	test(`axe is clean on ${path} in light and dark, and it fits a phone`, async ({ page }) => {
		test.setTimeout(120_000); // axe checks every cell of a four-place table, twice
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expect(page.locator('.compare-table')).toBeVisible();
			await expectNoAxeViolations(page);
		}
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		await expect(page.locator('.compare-table')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// The first column stays in view while the table scrolls sideways.
		await page.locator('.compare-wrap').evaluate((el) => (el.scrollLeft = 400));
		const box = await page.locator('.compare-table tbody th[scope="row"]').first().boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x).toBeLessThan(40);
	});
}
