/**
 * The catalogue's listings in pages of a fixed number of records, so that no listing page grows with
 * the library. Page 1 of a listing is its own address; page n is `<address>page/<n>/` (a path no record
 * id or facet value takes: record ids are one segment, and `page` is no facet).
 */

/** Records per catalogue page: a screenful of cards many times over, far below 1 MB at any size. */
export const cataloguePageSize = 50;

/** How many pages `count` records fill (one, if none: an empty listing still has its page). */
export function pageCount(count: number, size = cataloguePageSize): number {
	return Math.max(1, Math.ceil(count / size));
}

/** The address of page `n` of the listing at `base` (which ends with a slash). */
export function catalogueHref(base: string, n: number): string {
	return n <= 1 ? base : `${base}page/${n}/`;
}

/** The items on page `n` (from 1). */
export function pageItems<T>(items: readonly T[], n: number, size = cataloguePageSize): T[] {
	return items.slice((n - 1) * size, n * size);
}

/** One page of a listing: its items, their positions in the listing (from 1), the page count and addresses. */
export function listingPage<T>(items: readonly T[], page: number, base: string) {
	const shown = pageItems(items, page);
	const first = (page - 1) * cataloguePageSize + 1;
	return { shown, first, last: first + shown.length - 1, pages: pageCount(items.length), href: (n: number) => catalogueHref(base, n) };
}

/** The page numbers after the first, for the routes that build pages 2 … n. */
export function laterPages(count: number, size = cataloguePageSize): number[] {
	return Array.from({ length: pageCount(count, size) - 1 }, (_, i) => i + 2);
}

/** What a pager shows: the first and last pages, the current one and two either side, gaps between. */
export function pagerItems(page: number, pages: number): (number | 'gap')[] {
	const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
	return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? (n - shown[i - 1]! === 2 ? [n - 1, n] : ['gap' as const, n]) : [n]));
}
