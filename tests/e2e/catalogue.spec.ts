import { expect, test, type Page } from '@playwright/test';
import { readContent } from '../../src/lib/readContent.ts';
import { provinceOf } from '../../src/lib/jurisdictions.ts';

const { library } = readContent('content');
const places = new Map(library.jurisdictions.map((j) => [j.id, j.data]));
const provinceIdOf = (c: (typeof library.cases)[number]) => provinceOf(c.data.jurisdiction.id, places)!.id;
const yearOf = (c: (typeof library.cases)[number]) => (c.data.published.date ?? c.data.reposted?.date ?? '').slice(0, 4) || 'unknown';

async function visibleTitles(page: Page): Promise<string[]> {
	return (await page.locator('.catalogue__results .case-card:visible .case-card__title').allTextContents()).map((t) => t.trim()).sort();
}
const titles = (cases: typeof library.cases) => cases.map((c) => c.data.title).sort();

test.describe('facets without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the catalogue lists every record and every facet value with its count', async ({ page }) => {
		await page.goto('/cases/');
		expect(await visibleTitles(page)).toEqual(titles(library.cases));
		for (const facet of ['province', 'level', 'type', 'year', 'theme'])
			await expect(page.locator(`[data-facet-nav] a[data-facet="${facet}"]`).first()).toBeVisible();
	});

	for (const facet of ['province', 'type', 'year', 'theme', 'level'] as const) {
		test(`a ${facet} facet link narrows the catalogue to exactly the matching records`, async ({ page }) => {
			await page.goto('/cases/');
			const links = page.locator(`[data-facet-nav] a[data-facet="${facet}"]`);
			const n = await links.count();
			for (let i = 0; i < n; i++) {
				await page.goto('/cases/');
				const link = links.nth(i);
				const value = (await link.getAttribute('data-value'))!;
				const count = Number(await link.locator('.facet__count').textContent());
				await link.click();
				await expect(page).toHaveURL(new RegExp(`/cases/${facet}/${value}/$`));
				const expected = library.cases.filter((c) => {
					if (facet === 'province') return provinceIdOf(c) === value;
					if (facet === 'type') return c.data.docType === value;
					if (facet === 'year') return yearOf(c) === value;
					if (facet === 'theme') return c.data.themes.some((t) => t.id === value);
					return places.get(c.data.jurisdiction.id)!.level.replace(/\s+/g, '-') === value;
				});
				expect(await visibleTitles(page), `${facet}=${value}`).toEqual(titles(expected));
				expect(count).toBe(expected.length);
				await expect(page.locator(`[data-facet-nav] a[aria-current="page"]`)).toHaveAttribute('data-value', value);
			}
		});
	}
});

test.describe('facets combine without JavaScript, two at a time, through static pages', () => {
	test.use({ javaScriptEnabled: false });

	test('on a value’s page every other value counts the combination, leads to it, and shows exactly those records; impossible values are not links', async ({ page }) => {
		await page.goto('/cases/province/shandong/');
		const shandong = library.cases.filter((c) => provinceIdOf(c) === 'shandong');
		await expect(page.locator('h1')).toHaveText('案例 · 省份：山东省');
		await expect(page.locator('.catalogue__status')).toContainText(`${shandong.length} 条记录符合`);
		// Years: each link's count is Shandong's records of that year, and it opens exactly them.
		const years = page.locator('[data-facet-nav] a[data-facet="year"]');
		const n = await years.count();
		expect(n).toBeGreaterThan(0);
		for (let i = 0; i < n; i++) {
			await page.goto('/cases/province/shandong/');
			const link = years.nth(i);
			const year = (await link.getAttribute('data-value'))!;
			const count = Number(await link.locator('.facet__count').textContent());
			const expected = shandong.filter((c) => yearOf(c) === year);
			expect(count, year).toBe(expected.length);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`/cases/province/shandong/year/${year}/$`));
			expect(await visibleTitles(page)).toEqual(titles(expected));
			await expect(page.locator('.catalogue__status')).toContainText(`${expected.length} 条记录符合`);
			// The headings count what they show; a third facet needs JavaScript; one link clears all.
			for (const group of await page.locator('[data-province-group]').all())
				await expect(group.locator('h2 .count')).toHaveText(`${await group.locator('.case-card').count()} 条`);
			await expect(page.locator('[data-facet-nav] a[data-facet="type"]')).toHaveCount(0);
			await expect(page.locator('.facet-nav__note')).toContainText('JavaScript');
			await page.getByRole('link', { name: '清除全部筛选，显示全部' }).click();
			await expect(page).toHaveURL(/\/cases\/$/);
		}
		// Years Shandong has no record of are shown with 0 and are not links.
		await page.goto('/cases/province/shandong/');
		const none = page.locator('[data-facet-nav] .facet__value--none');
		expect(await none.count()).toBeGreaterThan(0);
		for (const item of await none.all()) await expect(item.locator('.facet__count')).toHaveText('0');
	});
});

test.describe('facets with JavaScript', () => {
	test('facets combine, filter in place and live in the URL', async ({ page }) => {
		await page.goto('/cases/');
		const typeLink = page.locator('[data-facet-nav] a[data-facet="type"]').first();
		const type = (await typeLink.getAttribute('data-value'))!;
		await typeLink.click();
		await expect(page).toHaveURL(new RegExp(`\\?type=${type}$`));
		expect(await visibleTitles(page)).toEqual(titles(library.cases.filter((c) => c.data.docType === type)));
		await expect(typeLink).toHaveAttribute('aria-pressed', 'true');

		const yearLink = page.locator('[data-facet-nav] a[data-facet="year"]:not([aria-disabled])').first();
		const year = (await yearLink.getAttribute('data-value'))!;
		await yearLink.click();
		const both = library.cases.filter((c) => c.data.docType === type && yearOf(c) === year);
		expect(await visibleTitles(page)).toEqual(titles(both));
		await expect(page.locator('[data-catalogue-status]')).toContainText(`${both.length} 条记录符合`);

		// The URL reproduces the same view when shared.
		const shared = page.url();
		await page.goto(shared);
		expect(await visibleTitles(page)).toEqual(titles(both));

		// Clicking a chosen value again clears it.
		await page.locator(`[data-facet-nav] a[data-facet="year"][data-value="${year}"]`).click();
		await expect(page).toHaveURL(new RegExp(`\\?type=${type}$`));
	});
});

test.describe('facet counts follow the choice', () => {
	test('every value counts what choosing it would show; values that would show nothing are disabled; headings count the cards; one button clears all', async ({ page }) => {
		await page.goto('/cases/?province=shandong');
		const visible = () => page.locator('.catalogue__results .case-card:visible').count();
		const links = page.locator('[data-facet-nav] a[data-facet]');
		const n = await links.count();
		let disabled = 0;
		for (let i = 0; i < n; i++) {
			const link = links.nth(i);
			const count = Number(await link.locator('.facet__count').textContent());
			const pressed = (await link.getAttribute('aria-pressed')) === 'true';
			if ((await link.getAttribute('aria-disabled')) === 'true') {
				disabled++;
				expect(count).toBe(0);
				await link.click({ force: true }); // a click on it anyway changes nothing
				await expect(page).toHaveURL(/\/cases\/\?province=shandong$/);
				continue;
			}
			await link.click();
			// Choosing it shows exactly the number it showed (undoing the chosen one shows all records).
			expect(await visible(), `${await link.getAttribute('data-facet')}=${await link.getAttribute('data-value')}`).toBe(pressed ? library.cases.length : count);
			await page.goBack();
			await expect(page).toHaveURL(/\/cases\/\?province=shandong$/);
		}
		expect(disabled, 'some values cannot be combined with 山东').toBeGreaterThan(0);
		// The province headings count the cards they show.
		await page.goto('/cases/?province=shandong&year=2022');
		for (const group of await page.locator('[data-province-group]:visible').all())
			await expect(group.locator('h2 .count')).toHaveText(`${await group.locator('.case-card:visible').count()} 条`);
		const shown = await visible();
		await expect(page.locator('[data-catalogue-status]')).toContainText(`${shown} 条记录符合`);
		await page.getByRole('button', { name: '清除全部筛选' }).click();
		await expect(page).toHaveURL(/\/cases\/$/);
		expect(await visible()).toBe(library.cases.length);
		await expect(page.getByRole('button', { name: '清除全部筛选' })).toBeHidden();
	});
});

test('the timeline runs from the earliest to the latest year, undated records apart', async ({ page }) => {
	await page.goto('/cases/');
	const years = (await page.locator('.timeline__label').allTextContents()).map(Number);
	expect(years).toEqual([...years].sort((a, b) => a - b));
	const expectedYears = [...new Set(library.cases.map(yearOf).filter((y) => y !== 'unknown').map(Number))].sort((a, b) => a - b);
	expect(years).toEqual(expectedYears);
	const undated = library.cases.filter((c) => yearOf(c) === 'unknown');
	if (undated.length) await expect(page.locator('.timeline__undated a')).toHaveCount(undated.length);
});

test('every place page lists its records and all their facts, each linked to its paragraph', async ({ page }) => {
	for (const place of library.jurisdictions) {
		await page.goto(`/places/${place.id}/`);
		await expect(page.locator('h1')).toHaveText(place.data.name);
		const own = library.cases.filter((c) => c.data.jurisdiction.id === place.id);
		for (const c of own) await expect(page.locator('.case-card', { hasText: c.data.title })).toHaveCount(1);
		const factRows = page.locator('.data-table tbody tr');
		const ownFacts = own.reduce((n, c) => n + c.data.facts.length, 0);
		expect(await factRows.count()).toBeGreaterThanOrEqual(ownFacts);
	}
	await page.goto('/places/hunan/');
	const link = page.locator('.data-table tbody tr a').first();
	const quote = (await page.locator('.data-table tbody tr .data-table__quote').first().textContent())!;
	await link.click();
	const hash = new URL(page.url()).hash;
	await expect(page.locator(hash)).toContainText(quote);
});

test('the filtered catalogue fits a 375 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/cases/?province=shandong');
	await expect(page.locator('[data-catalogue-status]')).toContainText('条记录符合');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
