/**
 * Catalogue facets: which values each facet takes across the records, with counts, and the static
 * URL of each facet page (so filtering works without JavaScript).
 */

/** The facets the catalogue filters by. */
export const facetNames = ['province', 'level', 'type', 'year', 'theme'] as const;
export type FacetName = (typeof facetNames)[number];

export const facetLabels: Record<FacetName, string> = {
	province: '省份',
	level: '行政层级',
	type: '文献类型',
	year: '年份',
	theme: '主题',
};

/** What a record exposes to the facets: for each facet, its values (id + label). Themes may be several. */
export type FacetValues = Record<FacetName, { id: string; label: string }[]>;

export interface FacetOption {
	id: string;
	label: string;
	count: number;
	href: string;
}

/** Static URL of a facet page: /cases/province/hunan/. */
export function facetHref(facet: FacetName, id: string): string {
	return `/cases/${facet}/${id}/`;
}

/** Every value of every facet, with how many records carry it, in a stable order. */
export function collectFacets<T>(records: T[], valuesOf: (record: T) => FacetValues): Record<FacetName, FacetOption[]> {
	const result = {} as Record<FacetName, FacetOption[]>;
	for (const facet of facetNames) {
		const options = new Map<string, FacetOption>();
		for (const record of records)
			for (const value of valuesOf(record)[facet]) {
				const option = options.get(value.id) ?? { id: value.id, label: value.label, count: 0, href: facetHref(facet, value.id) };
				option.count++;
				options.set(value.id, option);
			}
		const sorted = [...options.values()];
		if (facet === 'year') sorted.sort((a, b) => (a.id === 'unknown' ? 1 : b.id === 'unknown' ? -1 : Number(a.id) - Number(b.id)));
		else sorted.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
		result[facet] = sorted;
	}
	return result;
}

/** The records carrying a facet value. */
export function filterByFacet<T>(records: T[], valuesOf: (record: T) => FacetValues, facet: FacetName, id: string): T[] {
	return records.filter((record) => valuesOf(record)[facet].some((v) => v.id === id));
}

/**
 * How many records each facet value would show, given the values already chosen: for a facet, the
 * records that match every other chosen facet and carry the value (the usual faceted-search count,
 * so choosing a value never leads to an empty list: a value counted 0 cannot be combined).
 */
export function facetCounts(records: Partial<Record<FacetName, string[]>>[], chosen: ReadonlyMap<FacetName, string>): Map<FacetName, Map<string, number>> {
	const counts = new Map<FacetName, Map<string, number>>(facetNames.map((f) => [f, new Map()]));
	for (const record of records) {
		const misses = [...chosen].filter(([facet, value]) => !(record[facet] ?? []).includes(value)).map(([facet]) => facet);
		// A record missing two chosen values counts for no facet; missing one, only for that facet.
		if (misses.length > 1) continue;
		for (const facet of facetNames) {
			if (misses.length === 1 && misses[0] !== facet) continue;
			const values = counts.get(facet)!;
			for (const value of record[facet] ?? []) values.set(value, (values.get(value) ?? 0) + 1);
		}
	}
	return counts;
}

/** A static page's choice: one or two facet values, in facetNames order. */
export type FacetChoice = { facet: FacetName; id: string }[];

/** Static URL of a choice: /cases/ (none), /cases/province/hunan/, /cases/province/shandong/year/2022/. */
export function choiceHref(choice: FacetChoice): string {
	const sorted = [...choice].sort((a, b) => facetNames.indexOf(a.facet) - facetNames.indexOf(b.facet));
	return `/cases/${sorted.map((c) => `${c.facet}/${c.id}/`).join('')}`;
}

/**
 * Where a facet value leads from a static page, without script: choosing it (added to the choice, or
 * replacing the value of its facet) or undoing it. Static pages combine at most two values; a third
 * facet has no page (undefined: the nav says combining more needs JavaScript).
 */
export function toggleHref(choice: FacetChoice, facet: FacetName, id: string): string | undefined {
	if (choice.some((c) => c.facet === facet && c.id === id)) return choiceHref(choice.filter((c) => c.facet !== facet));
	const next = [...choice.filter((c) => c.facet !== facet), { facet, id }];
	return next.length <= 2 ? choiceHref(next) : undefined;
}
