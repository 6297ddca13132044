/**
 * A dimension's places in pages of bounded size, and where each place lands. At 8 records a dimension
 * fits one page; at 5,000 one dimension can hold thousands of facts (a province-level place alone a few
 * hundred), so its page is cut by facts, not by places, and every matrix cell that shows only part of
 * a place's facts links to the page that lists them all.
 */
import type { FlatFact, MatrixCell } from './compareMatrix.ts';

/** Facts per dimension page: about 0.5 MB of HTML at the most. */
export const factsPerDimensionPage = 300;

/** Facts a comparison cell shows before it says “另有 N 条” and links to the dimension page. */
export const factsPerCell = 5;

/** A page's share of one place: its facts on this page, and whether the list starts on an earlier page. */
export interface DimensionPagePart {
	jurisdictionId: string;
	facts: FlatFact[];
	continued: boolean;
}

/**
 * The places that state a dimension, in order, cut into pages of at most `maxFacts` facts. A place
 * starts a new page when it does not fit on the current one; a place larger than a page is split over
 * pages of its own (`continued` on all but its first).
 */
export function paginateCells(cells: MatrixCell[], maxFacts = factsPerDimensionPage): DimensionPagePart[][] {
	const pages: DimensionPagePart[][] = [];
	let page: DimensionPagePart[] = [];
	let size = 0;
	const close = () => {
		if (page.length) pages.push(page);
		page = [];
		size = 0;
	};
	for (const cell of cells) {
		if (cell.facts.length === 0) continue;
		if (size + cell.facts.length > maxFacts) close();
		for (let start = 0; start < cell.facts.length; start += maxFacts) {
			if (start > 0) close();
			const facts = cell.facts.slice(start, start + maxFacts);
			page.push({ jurisdictionId: cell.jurisdictionId, facts, continued: start > 0 });
			size += facts.length;
		}
	}
	close();
	return pages;
}

/** The address of page `page` (from 1) of a dimension's comparison. */
export function dimensionPageHref(dimensionId: string, page = 1): string {
	return page === 1 ? `/compare/${dimensionId}/` : `/compare/${dimensionId}/${page}/`;
}

/** The page (from 1) where each place's list begins. */
export function pageOfPlaces(pages: DimensionPagePart[][]): Map<string, number> {
	const pageOf = new Map<string, number>();
	pages.forEach((parts, i) => {
		for (const part of parts) if (!pageOf.has(part.jurisdictionId)) pageOf.set(part.jurisdictionId, i + 1);
	});
	return pageOf;
}

/** The anchor of a place's list on a dimension page. */
export function placeAnchor(jurisdictionId: string): string {
	return `j-${jurisdictionId}`;
}

/** The `max` newest items, newest first (undated last): the figure a cadre compares is the latest one. */
function newest<T>(items: T[], dateOf: (item: T) => string | null, max: number): T[] {
	return [...items].sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '')).slice(0, max);
}

/** A cell cut to its `max` newest facts; `more` counts the rest (0 when nothing is cut). */
export function limitFacts(facts: FlatFact[], max = factsPerCell): { facts: FlatFact[]; more: number } {
	if (facts.length <= max) return { facts, more: 0 };
	return { facts: newest(facts, (f) => f.asOf, max), more: facts.length - max };
}

/**
 * Rows (facts of several records) cut to the `max` newest per cell (a place × a dimension), keeping
 * their order; `more` names each cut cell by its first row, with how many rows it leaves out.
 */
export function newestPerCell<T>(rows: T[], cellOf: (row: T) => string, dateOf: (row: T) => string | null, max = factsPerCell): { kept: T[]; more: { row: T; count: number }[] } {
	const kept = new Set<T>();
	const more: { row: T; count: number }[] = [];
	for (const cell of Map.groupBy(rows, cellOf).values()) {
		for (const row of cell.length <= max ? cell : newest(cell, dateOf, max)) kept.add(row);
		if (cell.length > max) more.push({ row: cell[0]!, count: cell.length - max });
	}
	return { kept: rows.filter((r) => kept.has(r)), more };
}
