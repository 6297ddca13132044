/**
 * Editorial rules for 002_bd5ae6c5d704ac7b.txt → cases/lanzhou-wangge-dangjian.mdx
 * 先锋引领促发展 凝心聚力惠民生 (中共兰州市委组织部; column 党建交流; no date printed).
 *
 * The archive is a simplified-script text extraction of a printed page: a photo caption sits inside
 * the word 街道, three words are split across a blank line, and the four section headings are each
 * printed on two lines (a four-character kicker above its headline). The rules below undo exactly
 * that and move the page furniture (column, headline, byline) to the frontmatter. No words are
 * dropped or changed.
 */
// Type-only import: erased at run time, so the rules load from any copy of the content folder.
import type { EditionRules } from '../../src/lib/edition.ts';

export default {
	source: '002_bd5ae6c5d704ac7b.txt',
	record: 'lanzhou-wangge-dangjian',
	script: 'simplified',
	steps: [
		{
			op: 'removeLines',
			lines: ['党建交流'],
			reason: 'Column name of the printed page: frontmatter `column`.',
		},
		{
			op: 'removeLines',
			lines: ['先锋引领促发展 凝心聚力惠民生'],
			reason: 'The headline: it is the record title (frontmatter `title`, with its own space between the two halves), rendered as the page heading.',
		},
		{
			op: 'removeLines',
			lines: ['■中共兰州市委组织部'],
			reason: 'Byline (with its ■ marker): frontmatter `author`.',
		},
		{
			op: 'replace',
			find: '街\n\n\n\n兰州市\n酒泉路街道\n召开党建集结\n联席会暨城市\n基层党建工\n作推进会,安\n排部署辖区\n党建工作重\n点任务。\n兰州市委\n组织部供图\n\n道',
			replace: '街道',
			reason:
				'A photo caption and its credit (兰州市委组织部供图) were extracted into the middle of the word 街道; they move verbatim to frontmatter `figures` and the sentence reads whole again (…、街道党工委书记全面落实…).',
		},
		{
			op: 'replace',
			find: '最大限\n\n度为社区松绑减负',
			replace: '最大限度为社区松绑减负',
			reason: 'Page-layout line break inside the word 最大限度 (the sentence continues); joined.',
		},
		{
			op: 'replace',
			find: '坚持以党\n\n的建设贯穿基层治理',
			replace: '坚持以党的建设贯穿基层治理',
			reason: 'Page-layout line break inside 以党的建设 (the sentence continues); joined.',
		},
		{
			op: 'replace',
			find: '三维数字社\n\n会服务网格化管理系统',
			replace: '三维数字社会服务网格化管理系统',
			reason: 'Page-layout line break inside the word 社会 (the sentence continues); joined.',
		},
		{
			op: 'replacePattern',
			pattern: '\\n(全域联动|聚焦难点|创新模式|夯实基础)\\n',
			replace: '\n$1 ',
			count: 4,
			reason:
				'Each section heading is printed on two lines (a four-character kicker above its headline); each becomes one heading, the two parts separated by one space as the source separates them by a line.',
		},
	],
} satisfies EditionRules;
