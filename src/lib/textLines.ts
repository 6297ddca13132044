/**
 * The record texts as JSON Lines, for text mining: one line per body block (paragraph or heading), with
 * its record, its ¶ number — the numbering of the record page's anchors (#p-N, rehypeParagraphAnchors),
 * since both count bodyBlocks — its URL and its text as the page shows it (markup and escapes removed).
 * A record's lines are /data/texts/<id>.jsonl; the openDataFiles integration joins them into
 * /data/texts.jsonl a record at a time. Pure, so the endpoint, the integration and the tests share it.
 */
import { bodyBlocks } from './edition.ts';
import { factColumnDocs, paragraphUrl } from './factsTable.ts';
import { paragraphId } from './rehypeParagraphAnchors.ts';

/** One line of /data/texts.jsonl. */
export interface TextLine {
	/** The record id; its page is /cases/<id>/. */
	record: string;
	/** ¶ number: the block's place in the body, headings counted, as the page's anchor #p-N. */
	paragraph: number;
	/** The paragraph's link, absolute when the site's public origin is configured (as facts.csv's paragraph_url). */
	paragraph_url: string;
	/** True for a heading of the text (a section title), false for a paragraph. */
	heading: boolean;
	/** The block's words as the page shows them. */
	text: string;
}

/** What each field means, in Chinese and English (the /data/ page and the README say the same); record and paragraph_url as in facts.csv. */
export const textLineDocs: Record<keyof TextLine, { zh: string; en: string }> = {
	record: factColumnDocs.record,
	paragraph: {
		zh: '段号（¶）：该段在正文中的序号，标题计入，与记录页面的段落锚点 #p-N 相同',
		en: "¶ number: the block's place in the text, headings counted, as the record page's anchor #p-N",
	},
	paragraph_url: factColumnDocs.paragraph_url,
	heading: { zh: 'true 为正文中的小标题，false 为段落', en: 'true for a heading of the text, false for a paragraph' },
	text: { zh: '该段文字，与页面所示相同（不含 ¶ 链接）', en: 'the words of the block, as the page shows them (without the ¶ link)' },
};

/** A record's text, a line per body block, in order. */
export function textLines(recordId: string, body: string, site?: string): TextLine[] {
	return bodyBlocks(body).map((block) => ({
		record: recordId,
		paragraph: block.n,
		paragraph_url: paragraphUrl(`/cases/${recordId}/#${paragraphId(block.n)}`, site),
		heading: block.heading,
		text: block.text,
	}));
}

/** Lines as JSON Lines: one JSON object per line, each line ending in \n (so files concatenate). */
export function toJsonLines(lines: TextLine[]): string {
	return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
