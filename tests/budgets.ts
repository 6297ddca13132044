/**
 * Byte budgets per page type, in one place (like Starlight's size-limit): gzipped bytes on first view
 * (HTML + screen stylesheets + scripts, src/lib/pageWeight.ts), and the scripts among them. Enforced
 * on the built site by tests/build/budgets.test.ts; `npm run budgets` prints the measured table.
 *
 * Record pages have a relative budget: at most twice their plain-HTML floor (their own text as bare
 * HTML, gzipped; src/lib/pageWeight.ts plainHtmlFloor). Record, comparison, glossary and term pages load
 * no JavaScript at all. The absolute budgets sit about 20% above what the pages weighed when they were
 * set (2026-11-22), so a page that grows by a stylesheet or a script fails, and a new paragraph does not.
 */
import type { PageType } from '../src/lib/getPageType.ts';

export interface Budget {
	/** Most gzipped bytes on first view (HTML + screen CSS + JS). */
	maxFirstView?: number;
	/** Most first-view bytes per byte of the page's plain-HTML floor, its citation metadata apart (maxMetadata). */
	maxFloorRatio?: number;
	/**
	 * Most gzipped bytes of citation metadata (citation_* meta tags and JSON-LD, src/lib/pageWeight.ts
	 * `metadata`): it restates the record's title, author and date for machines, so it has no text in the
	 * floor to weigh against, and is held to a cap of its own instead of eating the page's 2×.
	 */
	maxMetadata?: number;
	/** Most gzipped bytes of JavaScript loaded before any interaction. */
	maxScript: number;
}

const KB = 1024;

export const budgets: Record<PageType, Budget> = {
	home: { maxFirstView: 8 * KB, maxScript: 0 },
	// The catalogue's facets combine in place with counts for the current choice (1 KB before the counts).
	catalogue: { maxFirstView: 10 * KB, maxScript: 1.2 * KB },
	// Citation metadata for Zotero and Google Scholar (issue 16): 0.43–0.47 KB on the 8 records.
	record: { maxFloorRatio: 2, maxMetadata: 0.6 * KB, maxScript: 0 },
	// A brief outlines every measure (headings and run-in headings: 24 items for Changsha) and its key facts.
	brief: { maxFirstView: 11 * KB, maxScript: 0 },
	citation: { maxFirstView: 7 * KB, maxScript: 0.5 * KB },
	// A place's records and its facts in one table per dimension group (19 groups since they were split).
	place: { maxFirstView: 11.5 * KB, maxScript: 0 },
	event: { maxFirstView: 7 * KB, maxScript: 0 },
	comparison: { maxFirstView: 8 * KB, maxScript: 0 },
	// The comparison builder: its controls, the entry lists, and the script that builds the table (3.6 KB
	// until the printed sources list and the “另有 N 条” links; 3.8 KB until its picker listed provinces and
	// fetched a province's places when opened, issue 15: 4.1 KB). The page lists no place any more, so it no
	// longer grows with the library: 16.2 KB on the 8 records.
	'comparison-builder': { maxFirstView: 16.8 * KB, maxScript: 4.2 * KB },
	// A province's places × every dimension they state, each cell with its quote (Shandong: 22 KB).
	'comparison-table': { maxFirstView: 27 * KB, maxScript: 0 },
	search: { maxFirstView: 7 * KB, maxScript: 1.5 * KB },
	// The index gives each term's English rendering (the head of its gloss, issue 16): 9.9 KB with 149 terms.
	glossary: { maxFirstView: 11.5 * KB, maxScript: 0 },
	term: { maxFirstView: 9 * KB, maxScript: 0 },
	// /data/ documents 21 fact columns (6 added in issue 16: base value, year, document type, level) and texts.jsonl's fields: 7.2 KB.
	data: { maxFirstView: 8.5 * KB, maxScript: 0 },
	other: { maxFirstView: 5 * KB, maxScript: 0 },
};

/**
 * Pages that are a whole table by design get their own ceiling: the comparison matrices carry every
 * cell with its quote (the full one is 212 dimensions × 8 places).
 */
/** Pages that need a budget of their own (none today). */
export const pageBudgets: Record<string, Budget> = {};
