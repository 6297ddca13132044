/**
 * The collections as pages use them: each record with its place, province, year and labels resolved.
 * Integrity (references, quotes) is already proven by the edition-check integration before pages render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { docTypes } from '../schemas/case.ts';
import { jurisdictionLevels, type JurisdictionData } from '../schemas/jurisdiction.ts';
import { collectFacets, facetNames, type FacetName, type FacetOption, type FacetValues } from '../lib/facets.ts';
import { groupFacts, type FlatFact } from '../lib/compareMatrix.ts';
import type { ComparisonColumn, ProvincePlaces } from '../lib/compareSelection.ts';
import { buildFactRows, type FactRow } from '../lib/factsTable.ts';
import { flattenFacts } from '../lib/flattenFacts.ts';
import { dimensionPageHref, limitFacts, pageOfPlaces, paginateCells, placeAnchor, type DimensionPagePart } from '../lib/dimensionPages.ts';
import { yearOf } from '../lib/formatDate.ts';
import { sortByProvince } from '../lib/groupRecords.ts';
import { placeName, provinceOf } from '../lib/jurisdictions.ts';

export type { ComparisonColumn } from '../lib/compareSelection.ts';

export interface CaseRecord {
	entry: CollectionEntry<'cases'>;
	id: string;
	data: CollectionEntry<'cases'>['data'];
	/** Full place name, 湖南省长沙市. */
	place: string;
	jurisdiction: JurisdictionData;
	province: JurisdictionData;
	/** Year of publication, or undefined when the source prints none. */
	year: number | undefined;
	docTypeLabel: string;
	themeLabels: string[];
	url: string;
	/** Values for the catalogue facets. */
	facets: FacetValues;
}

let cache: Promise<CaseRecord[]> | undefined;

/** Every record, sorted by year (unknown last), then title. */
export function getCaseRecords(): Promise<CaseRecord[]> {
	cache ??= load();
	return cache;
}

async function load(): Promise<CaseRecord[]> {
	const [cases, jurisdictions, themes] = await Promise.all([
		getCollection('cases'),
		getCollection('jurisdictions'),
		getCollection('themes'),
	]);
	const places = new Map(jurisdictions.map((j) => [j.id, j.data]));
	const themeLabels = new Map(themes.map((t) => [t.id, t.data.label]));
	return cases
		.map((entry) => {
			const jurisdiction = places.get(entry.data.jurisdiction.id)!;
			const province = provinceOf(jurisdiction.id, places)!;
			const year = yearOf(entry.data.published.date ?? entry.data.reposted?.date);
			return {
				entry,
				id: entry.id,
				data: entry.data,
				place: placeName(jurisdiction.id, places),
				jurisdiction,
				province,
				year,
				docTypeLabel: docTypes[entry.data.docType],
				themeLabels: entry.data.themes.map((t) => themeLabels.get(t.id) ?? t.id),
				url: `/cases/${entry.id}/`,
				facets: {
					province: [{ id: province.id, label: province.name }],
					level: [{ id: jurisdiction.level.replace(/\s+/g, '-'), label: jurisdictionLevels[jurisdiction.level] }],
					type: [{ id: entry.data.docType, label: docTypes[entry.data.docType] }],
					year: [year ? { id: String(year), label: `${year}年` } : { id: 'unknown', label: '年份未注明' }],
					theme: entry.data.themes.map((t) => ({ id: t.id, label: themeLabels.get(t.id) ?? t.id })),
				},
			};
		})
		.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Jurisdictions by id. */
export async function getJurisdictions() {
	return new Map((await getCollection('jurisdictions')).map((j) => [j.id, j.data]));
}

/** Events (conferences) by id. */
export async function getEvents() {
	return new Map((await getCollection('events')).map((e) => [e.id, e.data]));
}

/** Dimension labels and scopes by id. */
export async function getDimensions() {
	return new Map((await getCollection('dimensions')).map((d) => [d.id, d.data]));
}

let factsCache: Promise<FlatFact[]> | undefined;

/** Every fact of every record, flattened, with its paragraph resolved (record order, then fact order). */
export function getFlatFacts(): Promise<FlatFact[]> {
	factsCache ??= getCaseRecords().then((records) =>
		flattenFacts(
			records.map((r) => ({
				id: r.id,
				title: r.data.title,
				jurisdictionId: r.jurisdiction.id,
				body: r.entry.body ?? '',
				facts: r.data.facts,
				date: r.data.published.date ?? r.data.reposted?.date ?? null,
				docType: r.data.docType,
				jurisdictionLevel: r.jurisdiction.level,
			})),
		),
	);
	return factsCache;
}

let factRowsCache: Promise<FactRow[]> | undefined;

/** The open facts table (/data/facts.csv, /data/facts.json, each record's /data/cases/<id>.json): once per build. */
export function getFactRows(): Promise<FactRow[]> {
	// SITE is undefined until astro.config.mjs sets `site`; the paragraph links then stay site-relative.
	factRowsCache ??= Promise.all([getFlatFacts(), getJurisdictions(), getDimensions()]).then(([facts, jurisdictions, dimensions]) =>
		buildFactRows(facts, { jurisdictions, dimensions }, import.meta.env.SITE),
	);
	return factRowsCache;
}

/** Jurisdictions that have records, as comparison columns: by province, then place name. */
export async function getComparisonColumns(): Promise<ComparisonColumn[]> {
	const records = await getCaseRecords();
	const seen = new Map<string, ComparisonColumn & { sort: string }>();
	for (const r of records)
		seen.set(r.jurisdiction.id, {
			id: r.jurisdiction.id,
			name: r.jurisdiction.name,
			place: r.place,
			level: jurisdictionLevels[r.jurisdiction.level],
			province: { id: r.province.id, name: r.province.name },
			sort: `${r.province.name}${r.place}`,
		});
	return [...seen.values()].sort((a, b) => a.sort.localeCompare(b.sort, 'zh-CN')).map(({ sort: _sort, ...column }) => column);
}

/** The comparison columns by province (the provinces in column order): the builder's picker and the province tables. */
export async function getComparisonProvinces(): Promise<ProvincePlaces[]> {
	const provinces = new Map<string, ProvincePlaces>();
	for (const c of await getComparisonColumns()) {
		const province = provinces.get(c.province.id);
		if (province) province.places.push(c);
		else provinces.set(c.province.id, { ...c.province, places: [c] });
	}
	return [...provinces.values()];
}

let catalogueOrderCache: Promise<CaseRecord[]> | undefined;

/** Every record in the catalogue's order (by province, then year): once per build, not on each of its pages. */
export function getCatalogueOrder(): Promise<CaseRecord[]> {
	catalogueOrderCache ??= getCaseRecords().then(sortByProvince);
	return catalogueOrderCache;
}

let catalogueFacetsCache: Promise<{ facets: Record<FacetName, FacetOption[]>; values: Record<FacetName, string[]>[] }> | undefined;

/** Every facet value of the library with its count, and each record's value ids (what facetCounts takes): once per build. */
export function getCatalogueFacets(): Promise<{ facets: Record<FacetName, FacetOption[]>; values: Record<FacetName, string[]>[] }> {
	catalogueFacetsCache ??= getCaseRecords().then((records) => ({
		facets: collectFacets(records, (r) => r.facets),
		values: records.map((r) => Object.fromEntries(facetNames.map((f) => [f, r.facets[f].map((v) => v.id)])) as Record<FacetName, string[]>),
	}));
	return catalogueFacetsCache;
}

/** A dimension's comparison in pages: the places that state it, and the page where each place begins. */
export interface DimensionPages {
	pages: DimensionPagePart[][];
	pageOf: Map<string, number>;
}

let dimensionPagesCache: Promise<Map<string, DimensionPages>> | undefined;

/** Every stated dimension's pages, places in comparison-column order (computed once per build). */
export function getDimensionPages(): Promise<Map<string, DimensionPages>> {
	dimensionPagesCache ??= Promise.all([getFlatFacts(), getComparisonColumns()]).then(([facts, columns]) => {
		const byDimension = groupFacts(facts, 'dimensionId', 'jurisdictionId');
		const result = new Map<string, DimensionPages>();
		for (const [id, places] of byDimension) {
			const pages = paginateCells(columns.filter((c) => places.has(c.id)).map((c) => ({ jurisdictionId: c.id, facts: places.get(c.id)! })));
			result.set(id, { pages, pageOf: pageOfPlaces(pages) });
		}
		return result;
	});
	return dimensionPagesCache;
}

/**
 * A cell as comparison tables show it: at most a few facts (the newest), and when more exist, how many
 * and the dimension page that lists them all.
 */
export function shownCell(facts: FlatFact[], dimensionId: string, pages: Map<string, DimensionPages>): { facts: FlatFact[]; more?: { count: number; href: string } } {
	const limited = limitFacts(facts);
	if (!limited.more) return { facts };
	const jurisdictionId = facts[0]!.jurisdictionId;
	const page = pages.get(dimensionId)?.pageOf.get(jurisdictionId) ?? 1;
	return { facts: limited.facts, more: { count: limited.more, href: `${dimensionPageHref(dimensionId, page)}#${placeAnchor(jurisdictionId)}` } };
}
