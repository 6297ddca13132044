/**
 * Editorial rules for 000_c2cd04d92aac8273.txt → cases/changsha-sixiang-zaizao.mdx
 * 湖南长沙市：实施“四项再造”，充分发挥街道社区党组织领导核心作用 (人民网, 2018-10-22).
 *
 * The archive is a traditional-script conversion of a simplified original; OpenCC tw→cn restores it.
 * Everything removed below is either web junk or metadata that now lives in the frontmatter.
 */
// Type-only import: erased at run time, so the rules load from any copy of the content folder.
import type { EditionRules } from '../../src/lib/edition.ts';

export default {
	source: '000_c2cd04d92aac8273.txt',
	record: 'changsha-sixiang-zaizao',
	script: 'traditional',
	steps: [
		{
			op: 'removeLines',
			lines: ['狼友在线无码免费视频,久久只有这里的精品69,国产精品亚洲а∨天堂2020,2020国自产拍精品高潮'],
			reason: 'Spam injected into the scraped page; nothing to do with the article.',
		},
		{
			op: 'removeLines',
			lines: ['中国共产党新闻网>>党建>>“全国城市基层党建创新案例”征集评选活动'],
			reason: 'Site breadcrumb. The collection name is kept as frontmatter `series`.',
		},
		{
			op: 'removeLines',
			lines: ['湖南长沙市:实施“四项再造”,充分发挥街道社区党组织领导核心作用'],
			reason: 'The headline: it is the record title (frontmatter `title`), rendered as the page heading.',
		},
		{
			op: 'removeLines',
			lines: ['中共长沙市委组织部'],
			reason: 'Byline: frontmatter `author`.',
		},
		{
			op: 'removeLines',
			lines: ['2018年10月22日15:29\u00a0\u00a0\u00a0\u00a0来源:人民网-中国共产党新闻网'],
			reason: 'Dateline and source line: frontmatter `published` (2018-10-22, 15:29) and `outlet`.',
		},
		{
			op: 'removeLines',
			lines: ['(责编:黄瑾、闫妍)'],
			reason: 'Editor credit: frontmatter `editors`.',
		},
		{
			op: 'removeLines',
			lines: ['微信“扫一扫”添加“学习大国”', '微信“扫一扫”添加“人民党建云”'],
			reason: 'QR-code prompts of the web page (each printed twice), not part of the article.',
		},
	],
} satisfies EditionRules;
