/**
 * The search page's place filter, a province at a time: the page lists provinces, and the places of the
 * chosen one come from its own small file (/search/places/<province>.json), so that neither the page
 * nor any download lists every place of the library (about 1,900 at 5,000 records).
 */

/** A place a reader can filter by: its id (the search's `jurisdiction` filter value) and full name. */
export interface PlaceOption {
	id: string;
	/** Full place name, 湖南省长沙市. */
	label: string;
}

/** Where the places of a province are. */
export function placeOptionsPath(provinceId: string): string {
	return `/search/places/${provinceId}.json`;
}
