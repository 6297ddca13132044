import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { glossHead } from '../../src/lib/termGloss.ts';

const { library } = readContent('content');
const terms = library.terms ?? [];

test('the glossary lists every term by theme and in pinyin order', async ({ page }) => {
	await page.goto('/terms/');
	await expect(page.locator('#by-theme .terms-list a')).toHaveCount(terms.length);
	const pinyinOrder = await page.locator('#by-pinyin .terms-list a').allTextContents();
	expect(pinyinOrder).toHaveLength(terms.length);
	await expect(page.locator('#by-pinyin h3').first()).toHaveText(/^[#A-Z]$/);
});

test('every concordance line links to a paragraph containing the term, and the counts match', async ({ page }) => {
	test.setTimeout(180_000);
	const paragraphs = new Map<string, string>();
	for (const c of library.cases) for (const b of bodyBlocks(c.body)) paragraphs.set(`/cases/${c.id}/#p-${b.n}`, b.text);
	for (const term of terms) {
		await page.goto(`/terms/${term.id}/`);
		await expect(page.locator('h1')).toHaveText(term.data.term);
		const lines = await page.locator('.kwic tbody tr').evaluateAll((rows) =>
			rows.map((r) => ({
				match: r.querySelector('.kwic__match')!.textContent!.trim(),
				left: r.querySelector('.kwic__left')!.textContent!,
				right: r.querySelector('.kwic__right')!.textContent!,
				href: r.querySelector('a')!.getAttribute('href')!,
			})),
		);
		const forms = [term.data.term, ...term.data.aliases];
		let expected = 0;
		const pattern = new RegExp([...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
		for (const text of paragraphs.values()) expected += text.match(pattern)?.length ?? 0;
		expect(lines.length, term.id).toBe(expected);
		for (const line of lines) {
			expect(forms, term.id).toContain(line.match);
			expect(paragraphs.get(line.href), `${term.id} → ${line.href}`).toContain(line.left + line.match + line.right);
		}
	}
});

test('a concordance link lands on its paragraph in the record', async ({ page }) => {
	await page.goto('/terms/wuhua/');
	const link = page.locator('.kwic tbody a').first();
	await link.click();
	const id = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`[id="${id}"]`)).toContainText('五化');
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a term page gives its English gloss, marked as the editors’ and as English; the index its rendering beside the term', async ({ page }) => {
	const term = terms.find((t) => t.id === 'shuang-baodao')!;
	await page.goto(`/terms/${term.id}/`);
	const gloss = page.locator('.term-gloss');
	await expect(gloss).toContainText('英文释义（编辑撰写）');
	await expect(gloss.locator('[lang="en"]')).toHaveText(term.data.gloss);
	await page.goto('/terms/');
	const glosses = page.locator('#by-theme .terms-list__gloss[lang="en"]');
	await expect(glosses).toHaveCount(terms.filter((t) => glossHead(t.data.gloss) !== t.data.term).length);
	await expect(page.locator('#by-theme .terms-list li', { has: page.locator(`a[href="/terms/${term.id}/"]`) }).locator('.terms-list__gloss')).toHaveText(glossHead(term.data.gloss));
	await expect(page.locator('main > p').first()).toContainText('英文释义（编辑撰写）');
});

test('a quoted definition links to the paragraph it is quoted from', async ({ page }) => {
	const quoted = terms.find((t) => t.data.definition.kind === 'quoted')!;
	await page.goto(`/terms/${quoted.id}/`);
	const text = quoted.data.definition.text;
	await expect(page.locator('.term-definition blockquote')).toHaveText(text);
	await page.locator('.term-definition figcaption a').click();
	await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toContainText(text);
});

test('record texts link terms to the glossary without changing a word', async ({ page }) => {
	for (const c of library.cases) {
		await page.goto(`/cases/${c.id}/`);
		const blocks = await page.locator('.case__text [id^="p-"]').evaluateAll((els) =>
			els.map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelector('.pilcrow')?.remove();
				return copy.textContent!.trim();
			}),
		);
		expect(blocks, c.id).toEqual(bodyBlocks(c.body).map((b) => b.text));
		const hrefs = await page.locator('.case__text a.term-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		for (const href of hrefs) expect(terms.some((t) => href === `/terms/${t.id}/`), href).toBe(true);
	}
	await page.goto('/cases/changsha-sixiang-zaizao/');
	const first = page.locator('.case__text a.term-link[href="/terms/wuhua/"]').first();
	await first.click();
	await expect(page.locator('h1')).toHaveText('五化');
});

test('searching an alias finds the term’s occurrences', async ({ page }) => {
	const term = terms.find((t) => t.data.term === '台账')!;
	expect(term.data.aliases).toContain('台帐');
	const withEither = library.cases.filter((c) => /台账|台帐/.test(bodyBlocks(c.body).map((b) => b.text).join('\n'))).map((c) => c.id).sort();
	await page.goto(`/search/?q=${encodeURIComponent('台帐')}`);
	await expect(page.locator('#search-results')).toHaveAttribute('data-query', '台帐');
	const got = (await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => h.split('/')[2]!).sort();
	expect(got).toEqual(withEither);
	await expect(page.locator('#search-status')).toContainText('同一术语的不同写法一并检索');
});

for (const path of ['/terms/', '/terms/wuhua/']) {
	test(`axe is clean on ${path} (light and dark) and it fits a phone`, async ({ page }) => {
		// The index has the most text elements of any page (149 terms twice, each with its rendering and count):
		// axe takes about 10 s a scheme on it on a quiet machine, and passed 30 s in all on a loaded one.
		test.setTimeout(90_000);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});
}
