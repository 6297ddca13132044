import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import { compareQuantities } from '../../src/lib/quantities.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { jurisdictionLevels } from '../../src/schemas/jurisdiction.ts';

/** Expectations come from the content itself, read the way the site reads it. */
const { library } = readContent('content');
const facts = flattenFacts(contentFactSources(library));
const dimensions = new Map(library.dimensions.map((d) => [d.id, d.data]));
const places = new Map(library.jurisdictions.map((j) => [j.id, j.data]));
/** The comparison columns: every place that has a record. */
const columns = [...new Set(library.cases.map((c) => c.data.jurisdiction.id))];
const stated = [...dimensions.keys()].filter((id) => facts.some((f) => f.dimensionId === id));
const factsOf = (id: string) => facts.filter((f) => f.dimensionId === id);
/** A place's level as the pages print it: charts rank values of one level only. */
const levelOf = (id: string) => jurisdictionLevels[places.get(id)!.level];
const comparison = (id: string) => compareQuantities(factsOf(id), dimensions.get(id)!, levelOf);

const chartPages = stated.filter((id) => comparison(id).noChartReason === undefined);
const chartPage = chartPages.includes('community-upgrade-investment') ? 'community-upgrade-investment' : chartPages[0]!;
const practicePage = stated.find((id) => dimensions.get(id)!.kind === 'practice')!;
const noChartQuantityPage = stated.find((id) => dimensions.get(id)!.kind === 'quantity' && comparison(id).noChartReason !== undefined)!;

test('there is a chart page, a practice page and a quantity page without a chart to test', () => {
	expect(chartPages.length).toBeGreaterThan(0);
	expect(practicePage).toBeTruthy();
	expect(noChartQuantityPage).toBeTruthy();
});

test('every dimension page lists each of its facts with a working paragraph link, 未提及 for the other places, and a chart only where two facts compare', async ({
	page,
}) => {
	test.setTimeout(120_000);
	// One browser page: it fetches and parses every dimension page itself, so 200-odd pages take seconds.
	await page.goto(`/compare/${stated[0]}/`);
	const pages = await page.evaluate(async (urls) => {
		const text = (el: Element | null) => el?.textContent?.trim() ?? '';
		const read = async (url: string) => {
			const response = await fetch(url);
			const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
			return {
				url,
				status: response.status,
				h1: text(doc.querySelector('h1')),
				scope: text(doc.querySelector('.dimension-scope')),
				breadcrumb: doc.querySelectorAll('.breadcrumb a[href="/compare/"]').length,
				rows: [...doc.querySelectorAll('tbody[data-jurisdiction] tr[data-fact]')].map((tr) => ({
					jurisdiction: tr.closest('tbody')!.getAttribute('data-jurisdiction')!,
					display: text(tr.querySelector('.dimension-table__value')),
					quote: text(tr.querySelector('.data-table__quote')),
					href: tr.querySelector('.dimension-table__source a')?.getAttribute('href') ?? '',
					source: text(tr.querySelector('.dimension-table__source a')),
				})),
				absent: [...doc.querySelectorAll('.dimension-table__absent tr[data-jurisdiction]')].map((tr) => ({
					id: tr.getAttribute('data-jurisdiction')!,
					text: tr.textContent ?? '',
				})),
				charts: doc.querySelectorAll('svg[role="img"]').length,
				bars: doc.querySelectorAll('svg[role="img"] .bar-chart__bar').length,
				noChart: text(doc.querySelector('.chart-none')),
			};
		};
		const out = [];
		for (let i = 0; i < urls.length; i += 12) out.push(...(await Promise.all(urls.slice(i, i + 12).map(read))));
		return out;
	}, stated.map((id) => `/compare/${id}/`));

	/** Paragraph anchors to check, by record page: the quote each must contain. */
	const toCheck = new Map<string, { anchor: string; quote: string; from: string }[]>();
	for (const [n, id] of stated.entries()) {
		const dimension = dimensions.get(id)!;
		const shown = pages[n]!;
		const url = shown.url;
		expect(shown.status, url).toBe(200);
		expect(shown.h1, url).toBe(dimension.label);
		expect(shown.scope, url).toContain(`口径：${dimension.scope}`);
		expect(shown.breadcrumb, url).toBe(1);

		const expected = factsOf(id);
		const key = (r: { jurisdiction: string; display: string; quote: string; href: string }) => `${r.jurisdiction}|${r.display}|${r.quote}|${r.href}`;
		expect(shown.rows.map(key).sort(), url).toEqual(expected.map((f) => key({ ...f, jurisdiction: f.jurisdictionId })).sort());
		for (const [i, row] of shown.rows.entries()) {
			const fact = expected.find((f) => f.href === row.href && f.quote === row.quote)!;
			expect(row.source, `${url} row ${i + 1}`).toContain(fact.recordTitle);
			const [path, anchor] = row.href.split('#') as [string, string];
			toCheck.set(path, [...(toCheck.get(path) ?? []), { anchor, quote: row.quote, from: url }]);
		}

		const silent = columns.filter((c) => !expected.some((f) => f.jurisdictionId === c));
		expect(shown.absent.map((a) => a.id).sort(), url).toEqual([...silent].sort());
		for (const a of shown.absent) {
			expect(a.text, url).toContain(places.get(a.id)!.name);
			expect(a.text, url).toContain('未提及');
		}

		const c = comparison(id);
		if (c.noChartReason === undefined) {
			expect(shown.charts, url).toBe(1);
			expect(shown.bars, url).toBe(c.comparable.length);
		} else {
			expect(shown.charts, url).toBe(0);
			if (dimension.kind === 'quantity') expect(shown.noChart, url).toContain(c.noChartReason);
		}
	}
	expect(toCheck.size).toBeGreaterThan(0);

	// Each record page once: every linked paragraph exists and holds the quote the dimension page shows.
	for (const [path, anchors] of toCheck) {
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const found = await page.evaluate((list) => list.map(({ anchor }) => document.getElementById(anchor)?.textContent ?? null), anchors);
		anchors.forEach(({ anchor, quote, from }, i) => {
			expect(found[i], `${from} → ${path}#${anchor}`).not.toBeNull();
			expect(found[i]!.replace(/¶\d+/g, ''), `${from} → ${path}#${anchor}`).toContain(quote);
		});
	}
});

test('the chart is an accessible SVG: role=img, named by its <title>, described by a <desc> with every value', async ({ page }) => {
	const c = comparison(chartPage);
	await page.goto(`/compare/${chartPage}/`);
	const svg = page.locator('svg[role="img"]');
	await expect(svg).toHaveCount(1);
	const ids = (await svg.getAttribute('aria-labelledby'))!.split(/\s+/);
	expect(ids).toHaveLength(2);
	const title = svg.locator(`title#${ids[0]}`);
	const desc = svg.locator(`desc#${ids[1]}`);
	await expect(title).toContainText(dimensions.get(chartPage)!.label);
	for (const { fact } of c.comparable) {
		await expect(desc).toContainText(fact.display);
		await expect(desc).toContainText(places.get(fact.jurisdictionId)!.name);
	}
	await expect(svg.locator('.bar-chart__bar')).toHaveCount(c.comparable.length);
	const labels = await svg.locator('.bar-chart__value').allTextContents();
	expect(labels.map((l) => l.trim()).sort()).toEqual(c.comparable.map((x) => x.fact.display).sort());
	if (c.comparable.some((x) => x.fact.qualifier)) await expect(page.locator('.chart-note').first()).toContainText('条形按来源印出的数字绘制');
	expect(await page.locator('script').count()).toBe(0);
});

test('the bars take their colour from the CSS variables, in dark mode too', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(`/compare/${chartPage}/`);
		const [fill, accent] = await page.locator('.bar-chart__bar').first().evaluate((rect) => {
			const probe = document.createElement('span');
			probe.style.color = 'var(--accent)';
			document.body.append(probe);
			return [getComputedStyle(rect).fill, getComputedStyle(probe).color];
		});
		expect(fill, colorScheme).toBe(accent);
	}
});

for (const id of [chartPage, practicePage, noChartQuantityPage]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no WCAG 2.1 AA violation on /compare/${id}/ (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(`/compare/${id}/`);
			await expectNoAxeViolations(page);
		});
	}

	test(`/compare/${id}/ fits a 375 px phone without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(`/compare/${id}/`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const svg = page.locator('svg[role="img"]');
		if ((await svg.count()) > 0) {
			// Every label inside the visible chart, none cut at the right edge.
			const overhang = await svg.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return Math.max(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().right - box.right));
			});
			expect(overhang).toBeLessThanOrEqual(0);
		}
	});
}
