/**
 * Editorial rules for 003_0427cdd9ce6a5f13.txt → cases/conference-2022-shandong.mdx
 * 以“三年行动计划”为主抓手 推动城市基层党建引领基层治理提质增效 (山东省委组织部), speech 4 of 4 in the archive of
 * 2022年全国城市基层党建工作经验交流座谈会发言摘登(8篇), a PDF text extraction from a download site.
 *
 * The four rules files for this archive share their first four steps (junk, collection title, and the
 * PDF layout: paragraph breaks and organisation lines are measured on the whole archive, so the
 * counts are the same in every file); each then selects its own speech.
 *
 * How the layout was read. The extraction puts the whole collection on one line and leaves a space
 * wherever the PDF wrapped a line — even inside words (接 诉即办, 新 就业群体, 点队 单建, 区属街 管,
 * 定 岗网格). A full body line holds about 25 characters (a few more when it contains half-width
 * digits or quotation marks, or punctuation hung at the line start). A paragraph ends with a line that
 * stops early and the next paragraph's first line starts with a two-character indent the extraction
 * dropped, so it holds at most 24 characters. Measured over the whole archive: every space that
 * follows 。 and precedes a line of ≤ 24 characters is a paragraph break (13, including the three
 * before the next speech's title); every such space before a full 25-character line is a plain wrap
 * (3: after 三是建立常态化考评机制。, 分类探索不同形态社区的治理路径。 and 村民向市民转变。). The
 * archive's last space (before 推动党员干部常态化下沉社) follows a full line ending in 。 but the
 * line after it is cut off, so its indent cannot be measured; the fragment stays in its paragraph.
 * Titles are set in a wider display line: the first part, a real space, then the second clause, which
 * wraps once (山西's first part, 明责考责 严督实查, has its own space too); that one wrap is joined by an
 * exact replacement, since joining every space would be wrong there.
 */
// Type-only import: erased at run time, so the rules load from any copy of the content folder.
import type { EditionRules } from '../../src/lib/edition.ts';

export default {
	source: '003_0427cdd9ce6a5f13.txt',
	record: 'conference-2022-shandong',
	script: 'simplified',
	steps: [
		{
			op: 'removeLines',
			lines: ['购物车', '我的足迹', '加入Vip免费下载 立即下载'],
			reason: 'Interface text of the download site the PDF text was taken from (cart, history, download buttons), not part of the document.',
		},
		{
			op: 'removeLines',
			lines: ['【党建工作】2022年全国城市基层党建工作经验交流座谈会发言摘登(8篇)'],
			reason: 'Collection title: frontmatter `series` (without the download site\'s category tag 【党建工作】); the count of eight speeches is recorded on the event.',
		},
		{
			op: 'replacePattern',
			pattern: '(?<=。) (?=[^ \\n]{1,24} )',
			replace: '\n',
			count: 13,
			reason: 'A space after a sentence end that is followed by a line of at most 24 characters marks a paragraph (or speech) boundary: the next PDF line carries the two-character paragraph indent, full lines hold 25.',
		},
		{
			op: 'replacePattern',
			pattern: ' ([^ \\n]{2,3}[省市]委组织部) ',
			replace: '\n$1\n',
			count: 4,
			reason: 'The organisation printed on its own line between each speech title and its text becomes a line of its own (then moved to frontmatter `author`).',
		},
		{
			op: 'keepBetween',
			from: '以“三年行动计划”为主抓手',
			reason: 'Selects the fourth and last speech of the collection: from its title line to the end of the archive, where the extraction breaks off mid-sentence (see frontmatter `completeness`).',
		},
		{
			op: 'replace',
			find: '推动城市基层 党建引领',
			replace: '推动城市基层党建引领',
			reason: 'The title\'s second clause wraps once in the PDF display line; that wrap is joined, while the space between the clauses is the title\'s own.',
		},
		{
			op: 'removeLines',
			lines: ['以“三年行动计划”为主抓手 推动城市基层党建引领基层治理提质增效'],
			reason: 'The speech title: frontmatter `title`.',
		},
		{
			op: 'removeLines',
			lines: ['山东省委组织部'],
			reason: 'The speaking organisation: frontmatter `author`.',
		},
		{
			op: 'replacePattern',
			pattern: ' ',
			replace: '',
			count: 60,
			reason: 'Every space left inside the speech is where the PDF wrapped a line (about every 25 characters, often inside a word such as 接 诉即办), so the pieces are joined.',
		},
	],
} satisfies EditionRules;
