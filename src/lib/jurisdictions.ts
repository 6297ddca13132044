import type { JurisdictionData } from '../schemas/jurisdiction.ts';

/** The province-level jurisdiction containing `id` (itself for provinces and municipalities). */
export function provinceOf(id: string, all: Map<string, JurisdictionData>): JurisdictionData | undefined {
	let current = all.get(id);
	const seen = new Set<string>();
	while (current?.parent && !seen.has(current.id)) {
		seen.add(current.id);
		current = all.get(current.parent.id);
	}
	return current;
}

/** Full place name from the province down: 湖南省长沙市, 山东省潍坊市高密市. */
export function placeName(id: string, all: Map<string, JurisdictionData>): string {
	const names: string[] = [];
	let current = all.get(id);
	const seen = new Set<string>();
	while (current && !seen.has(current.id)) {
		seen.add(current.id);
		names.unshift(current.name);
		current = current.parent ? all.get(current.parent.id) : undefined;
	}
	return names.join('');
}

/** Ids of every jurisdiction below `id` (children, grandchildren …). */
export function descendantsOf(id: string, all: Map<string, JurisdictionData>): Set<string> {
	const result = new Set<string>();
	let added = true;
	while (added) {
		added = false;
		for (const j of all.values())
			if (j.parent && (j.parent.id === id || result.has(j.parent.id)) && !result.has(j.id)) {
				result.add(j.id);
				added = true;
			}
	}
	return result;
}

/**
 * How many places the places index lists below a province: a province with more has only its own line
 * there, its places on its page, so that the index never lists every place of a large library.
 */
export const placesIndexLimit = 30;

/** Whether the places index lists the places below `id` (at most `limit` of them), or leaves them to its page. */
export function listsPlacesBelow(id: string, all: Map<string, JurisdictionData>, limit = placesIndexLimit): boolean {
	return descendantsOf(id, all).size <= limit;
}
