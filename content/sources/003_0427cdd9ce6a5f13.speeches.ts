/**
 * Editorial rules shared by the four speech records of 003_0427cdd9ce6a5f13.txt,
 * 2022年全国城市基层党建工作经验交流座谈会发言摘登(8篇), a PDF text extraction from a download site.
 *
 * Every speech shares the first four steps (junk, collection title, and the PDF layout: paragraph
 * breaks and organisation lines are measured on the whole archive, so the counts are the same for
 * every record); `speechRules` then selects one speech. Not a rules file itself (no `.rules.ts`).
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
// Type-only imports: erased at run time, so the rules load from any copy of the content folder.
import type { EditionRules, EditionStep } from '../../src/lib/edition.ts';

/** Junk, collection title and PDF layout: the same for every speech. */
const layoutSteps: EditionStep[] = [
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
];

const ordinals = ['first', 'second', 'third', 'fourth'];

interface Speech {
	record: string;
	/** Position in the collection, 1-based. */
	position: number;
	/** The title as printed, with the PDF wrap inside its second clause (e.g. 在党建引领基层 治理). */
	wrappedTitle: { find: string; replace: string };
	/** The title line once joined, removed to frontmatter `title`. */
	title: string;
	/** First words of this title, and of the next speech's title (none for the last speech). */
	from: string;
	until?: string;
	/** The organisation line, removed to frontmatter `author`. */
	organisation: string;
	/** How many PDF wraps remain inside the speech text. */
	wraps: number;
	/**
	 * First words of each bold run-in heading that the PDF ran into the paragraph before it (section
	 * headings and 一是/二是 lead-ins): each starts a paragraph, so that a paragraph can be cited.
	 * Written as the archive has them at that step (ASCII commas; the punctuation convention comes last).
	 */
	runIns: string[];
}

/** The rules of one speech record: the shared layout steps, then selection, title, author and wraps. */
export function speechRules(speech: Speech): EditionRules {
	const which = ordinals[speech.position - 1];
	return {
		source: '003_0427cdd9ce6a5f13.txt',
		record: speech.record,
		script: 'simplified',
		steps: [
			...layoutSteps,
			{
				op: 'keepBetween',
				from: speech.from,
				...(speech.until ? { until: speech.until } : {}),
				reason: speech.until
					? `Selects the ${which} speech of the collection: from its title line up to the title line of the next speech, which is another record.`
					: `Selects the ${which} and last speech in the archive: from its title line to the end (the archive stops mid-sentence there).`,
			},
			{
				op: 'replace',
				...speech.wrappedTitle,
				reason: "The title's second clause wraps once in the PDF display line; that wrap is joined, while the space between the clauses is the title's own.",
			},
			{ op: 'removeLines', lines: [speech.title], reason: 'The speech title: frontmatter `title`.' },
			{ op: 'removeLines', lines: [speech.organisation], reason: 'The speaking organisation: frontmatter `author`.' },
			{
				op: 'replacePattern',
				pattern: ' ',
				replace: '',
				count: speech.wraps,
				reason: 'Every space left inside the speech is where the PDF wrapped a line (about every 25 characters, often inside a word such as 接 诉即办), so the pieces are joined.',
			},
			{
				op: 'breakBefore',
				texts: speech.runIns,
				reason:
					'The collection prints each section of a speech as a bold run-in heading (and 一是/二是 … lead-ins) inside one long paragraph of up to 1,500 characters; each starts a paragraph here, so that every measure can be cited by its own ¶ number. Structure only: no character changes.',
			},
		],
	};
}
