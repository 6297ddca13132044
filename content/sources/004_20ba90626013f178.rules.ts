/**
 * Editorial rules for 004_20ba90626013f178.txt → cases/gaomi-15-fenzhong-dangjian-huoliquan.mdx
 * 高密市 15分钟党建活力圈 / 步行15分钟城市党群服务圈 (人民网, 2018-09-28). No headline line survives in
 * the archive; the record title is editorial, made of the text's own words.
 *
 * The archive is a traditional-script conversion of a simplified original; OpenCC tw→cn restores it.
 * Everything removed below is either web junk or metadata that now lives in the frontmatter.
 */
// Type-only import: erased at run time, so the rules load from any copy of the content folder.
import type { EditionRules } from '../../src/lib/edition.ts';

export default {
	source: '004_20ba90626013f178.txt',
	record: 'gaomi-15-fenzhong-dangjian-huoliquan',
	script: 'traditional',
	steps: [
		{
			op: 'removeLines',
			lines: ['中共高密市委组织部'],
			reason: 'Byline: frontmatter `author`.',
		},
		{
			op: 'removeLines',
			lines: ['2018年09月28日11:06 来源:人民网-中国共产党新闻网'],
			reason: 'Dateline and source line: frontmatter `published` (2018-09-28, 11:06) and `outlet`.',
		},
		{
			op: 'removeLines',
			lines: ['微信“扫一扫”添加“学习大国”', '微信“扫一扫”添加“人民党建云”'],
			reason: 'QR-code prompts of the web page, not part of the article.',
		},
	],
} satisfies EditionRules;
