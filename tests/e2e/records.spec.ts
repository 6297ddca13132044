import { expect, test } from '@playwright/test';
import { docTypes } from '../../src/schemas/case.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { formatPartialDate } from '../../src/lib/formatDate.ts';

const { library } = readContent('content');
const places = new Map(library.jurisdictions.map((j) => [j.id, j.data]));

for (const record of library.cases) {
	test(`${record.id}: the page renders its title, metadata, facts and text`, async ({ page }) => {
		await page.goto(`/cases/${record.id}/`);
		await expect(page.locator('h1')).toHaveText(record.data.title);
		const meta = page.locator('.case-meta');
		await expect(meta).toContainText(places.get(record.data.jurisdiction.id)!.name);
		await expect(meta).toContainText(docTypes[record.data.docType]);
		await expect(meta).toContainText(formatPartialDate(record.data.published.date, record.data.published.time));
		if (record.data.author) await expect(meta).toContainText(record.data.author);
		if (record.data.published.note) await expect(page.locator('.case-meta__note')).toContainText(record.data.published.note);
		if (record.data.titleIsEditorial) await expect(page.locator('.case__header .notice')).toContainText('标题为本库编辑所加');
		await expect(page.locator('.fact')).toHaveCount(record.data.facts.length);
		expect(record.data.facts.length).toBeGreaterThanOrEqual(15);
		const partial = page.locator('.notice--partial');
		if (record.data.completeness.status === 'partial') await expect(partial).toContainText(record.data.completeness.note!);
		else await expect(partial).toHaveCount(0);
		await expect(page.locator('#p-1')).toBeVisible();
	});
}

test('the Lanzhou sentence that the photo caption split reads whole, and the caption is kept apart', async ({ page }) => {
	await page.goto('/cases/lanzhou-wangge-dangjian/');
	await expect(page.locator('.case__text')).toContainText('组织部长牵头抓总、街道党工委书记全面落实、社区党组织书记具体实施');
	await expect(page.locator('.case__text')).not.toContainText('供图');
	await expect(page.locator('.figure-notes')).toContainText('兰州市酒泉路街道召开党建集结联席会暨城市基层党建工作推进会');
	await expect(page.locator('.figure-notes')).toContainText('兰州市委组织部供图');
});

test('接诉即办 appears unbroken in the Beijing speech, and no PDF line-break spaces remain', async ({ page }) => {
	await page.goto('/cases/conference-2022-beijing/');
	const text = (await page.locator('.case__text').innerText()).replace(/¶\d+/g, '');
	expect(text).toContain('“接诉即办”');
	expect(text).not.toMatch(/接\s+诉|诉\s+即|即\s+办/);
	expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
});

test('the Shandong speech says on the page that it is cut off', async ({ page }) => {
	await page.goto('/cases/conference-2022-shandong/');
	await expect(page.locator('.notice--partial')).toContainText('部分文本');
	await expect(page.locator('.notice--partial')).toContainText('推动党员干部常态化下沉社');
	await expect(page.locator('.case-meta')).toContainText('部分');
});

test('the conference page lists the speeches in source order and says 4 of 8 are here', async ({ page }) => {
	await page.goto('/events/urban-party-building-conference-2022/');
	await expect(page.locator('h1')).toHaveText('2022年全国城市基层党建工作经验交流座谈会');
	const notice = page.locator('.notice--partial');
	await expect(notice).toContainText('来源只载有 8 篇发言中的 4 篇');
	await expect(notice).toContainText('其余4篇不在来源中，也不在本库中');
	await expect(page.locator('.speech-list__speaker')).toHaveText(['北京市委组织部', '山西省委组织部', '浙江省委组织部', '山东省委组织部']);
	await page.locator('.speech-list li').last().locator('.case-card__title a').click();
	await expect(page).toHaveURL(/conference-2022-shandong/);
	await expect(page.locator('.case-meta')).toContainText('2022年全国城市基层党建工作经验交流座谈会');
});

test('the Guizhou record says the issuing date is unknown and shows the repost date', async ({ page }) => {
	await page.goto('/cases/guizhou-jiedao-shequ-xianjinxing-jianshe/');
	const meta = page.locator('.case-meta');
	await expect(meta).toContainText('未注明');
	await expect(meta).toContainText('2008年8月7日，遵义医学院附属医院');
	await expect(page.locator('.case__text')).toContainText('街道社区处于城市管理工作的第一线');
	// The preamble is printed once, not twice.
	const text = await page.locator('.case__text').innerText();
	expect(text.split('街道社区处于城市管理工作的第一线').length - 1).toBe(1);
});
