import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/readContent.ts';

const { library } = readContent('content');
const changsha = library.cases.find((c) => c.id === 'changsha-sixiang-zaizao')!;
const url = '/cases/changsha-sixiang-zaizao/';

test('the Changsha record shows its title, metadata and full text', async ({ page }) => {
	await page.goto(url);
	await expect(page.locator('h1')).toHaveText(changsha.data.title);
	await expect(page).toHaveTitle(/四项再造/);
	const meta = page.locator('.case-meta');
	await expect(meta).toContainText('中共长沙市委组织部');
	await expect(meta).toContainText('人民网-中国共产党新闻网');
	await expect(meta).toContainText('2018年10月22日');
	await expect(meta).toContainText('案例材料');
	// First and last paragraphs of the edition are on the page; web junk is not.
	await expect(page.locator('#p-1')).toContainText('长沙市是湖南的省会城市');
	await expect(page.locator('.case__text')).toContainText('以服务实现引领凝聚，获得群众的广泛认同。');
	await expect(page.locator('body')).not.toContainText('扫一扫');
	await expect(page.locator('body')).not.toContainText('责编');
});

test('every fact link lands on the paragraph that contains its quote', async ({ page }) => {
	await page.goto(url);
	const facts = page.locator('.fact');
	await expect(facts).toHaveCount(changsha.data.facts.length);
	const shown = await facts.evaluateAll((items) =>
		items.map((li) => ({ quote: li.querySelector('.fact__quote q')!.textContent!, href: li.querySelector('a.fact__source')!.getAttribute('href')! })),
	);
	expect(shown.map((f) => f.quote).sort()).toEqual(changsha.data.facts.map((f) => f.quote).sort());
	for (const { quote, href } of shown) {
		expect(href, quote).toMatch(/^#p-\d+$/);
		await expect(page.locator(href), quote).toContainText(quote);
	}
});

test('clicking a fact scrolls to and highlights its paragraph', async ({ page }) => {
	await page.goto(url);
	await page.locator('details.facts__all > summary').click();
	const fact = page.locator('.fact', { hasText: '7.44万名' });
	const href = (await fact.locator('a.fact__source').getAttribute('href'))!;
	await fact.locator('a.fact__source').click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	const target = page.locator(href);
	await expect(target).toContainText('对7.44万社区直管党员实行量化积分管理');
	await expect(target).toBeInViewport();
	const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('each ¶ link targets its own paragraph, numbered in source order', async ({ page }) => {
	await page.goto(url);
	const links = page.locator('.case__text a.pilcrow');
	const count = await links.count();
	expect(count).toBeGreaterThan(20);
	for (let i = 0; i < count; i++) {
		const link = links.nth(i);
		const href = await link.getAttribute('href');
		const parentId = await link.evaluate((a) => a.parentElement!.id);
		expect(href).toBe(`#${parentId}`);
	}
	const pilcrow = page.locator('#p-13 > a.pilcrow');
	await pilcrow.click();
	await expect(page).toHaveURL(/#p-13$/);
	await expect(page.locator('#p-13')).toBeInViewport();
	await expect(page.locator('#p-13')).toContainText('二是建立双报到机制');
});

test('a deep link to a paragraph opens on that paragraph', async ({ page }) => {
	await page.goto(`${url}#p-20`);
	await expect(page.locator('#p-20')).toBeInViewport();
});

test('the ¶ numbers are not part of copied text', async ({ page }) => {
	await page.goto(url);
	const userSelect = await page.locator('#p-1 > a.pilcrow').evaluate((a) => getComputedStyle(a).userSelect);
	expect(userSelect).toBe('none');
});

test('the table of contents lists the numbered headings and links to them', async ({ page }) => {
	await page.goto(url);
	const toc = page.locator('nav.toc');
	await expect(toc.locator('a')).toHaveText([
		'一、实施背景',
		'二、主要做法',
		'（一）实施组织架构再造',
		'（二）实施工作机制再造',
		'（三）实施骨干队伍再造',
		'（四）实施服务阵地再造',
		'三、成效与启示',
	]);
	for (const href of await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
		await expect(page.locator(href)).toHaveCount(1);
});

test('the source notice lists the editorial rules and says the URL is unknown', async ({ page }) => {
	await page.goto(url);
	const notice = page.locator('.source-notice');
	await expect(notice).toContainText('000_c2cd04d92aac8273.txt');
	await expect(notice).toContainText('原始网址：来源未载明');
	await expect(notice.locator('li')).toHaveCount(7);
	await expect(page.locator('.editorial-notes')).toContainText('在群。');
});

test('after the text and its citation: the revision record, then whose the text is, the licence and the correction channel', async ({ page }) => {
	await page.goto(url);
	const order = await page.locator('#text-heading, #cite-heading, #source-heading, #history-heading, #rights-heading').evaluateAll((els) => els.map((e) => e.id));
	expect(order).toEqual(['text-heading', 'cite-heading', 'source-heading', 'history-heading', 'rights-heading']);
	const history = page.locator('.record-history');
	await expect(history).toContainText(/正文最近修改于 \d{4}年\d{1,2}月\d{1,2}日|修订记录不可用：/);
	const rights = page.locator('.record-rights');
	await expect(rights).toContainText('原文作者：中共长沙市委组织部；发布：人民网-中国共产党新闻网');
	await expect(rights.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('rel', 'license external');
	// The test build's channel (package.json build:test), with this record filled in.
	const report = rights.getByRole('link', { name: '在线提交更正或撤下请求' });
	expect(new URL((await report.getAttribute('href'))!).searchParams.get('title')).toBe('更正：changsha-sixiang-zaizao');
	await expect(rights.getByRole('link', { name: '发邮件至 corrections@example.org' })).toHaveAttribute('href', /^mailto:corrections@example\.org\?subject=/);
});

test('related practices: a shared passage links this record’s paragraph and the other record’s, both doing it', async ({ page }) => {
	await page.goto(url);
	const section = page.locator('section.related-practices');
	await expect(section.getByRole('heading', { name: '相关做法' })).toBeVisible();
	await expect(section.locator('ol > li')).toHaveCount(6);
	const passage = section.locator('li li', { hasText: '「大工委」' });
	await expect(passage).toHaveCount(1);
	const [here, there] = [passage.locator('a').first(), passage.locator('a').nth(1)];
	await expect(there).toContainText('兰州市 ¶');
	const hash = (await here.getAttribute('href'))!;
	await here.click();
	await expect(page.locator(hash)).toBeInViewport();
	await expect(page.locator(hash)).toContainText('大工委');
	const target = (await there.getAttribute('href'))!;
	await page.goto(url);
	await page.locator('section.related-practices li li', { hasText: '「大工委」' }).locator('a').nth(1).click();
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	const paragraph = page.locator(new URL(target, 'http://x').hash);
	await expect(paragraph).toBeInViewport();
	await expect(paragraph).toContainText('大工委');
	// On paper the handout cites this record alone: the section is for moving around the site.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('section.related-practices')).toBeHidden();
});

test.describe('text first on a phone (375 × 812)', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

	test('every record’s first paragraph starts within two screens, the key figures and all facts one tap away', async ({ page }) => {
		for (const record of library.cases) {
			await page.goto(`/cases/${record.id}/`);
			const first = page.locator('.case__text p.para').first();
			const top = await first.evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
			expect(top, record.id).toBeLessThanOrEqual(2 * 812);
			if (record.data.facts.length === 0) continue;
			// Every fact is one tap away; its ¶ link still lands on its paragraph.
			const all = page.locator('details.facts__all');
			await expect(all.locator('.fact').first()).toBeHidden();
			await all.locator('summary').tap();
			await expect(page.locator('.fact')).toHaveCount(record.data.facts.length);
			await expect(all.locator('.fact').first()).toBeVisible();
		}
	});

	test('a key figure links to its paragraph; 直接读正文 jumps to the text', async ({ page }) => {
		await page.goto(url);
		const figures = page.locator('.key-figure');
		expect(await figures.count()).toBeGreaterThanOrEqual(3);
		const figure = figures.first();
		const href = (await figure.locator('a').getAttribute('href'))!;
		const digits = (await figure.locator('.key-figure__value').textContent())!.match(/[\d.]+/)![0];
		await figure.locator('a').tap();
		await expect(page.locator(href)).toBeInViewport();
		await expect(page.locator(href)).toContainText(digits);
		await page.goto(url);
		await page.getByRole('link', { name: '直接读正文' }).tap();
		await expect(page.locator('.case__text p.para').first()).toBeInViewport();
	});
});
