/**
 * The comparison builder's logic, pure (the browser module src/browser/compareBuilder.ts renders it):
 * which places and dimension groups the URL chooses, how a click changes the chosen places, the matrix
 * of just those, how many dimensions it hides because every chosen place is silent, and the rows of its
 * CSV. Nothing here needs every place of the library: the builder knows the provinces, the places of the
 * provinces a reader opens, and the chosen places (from their own files).
 */
import type { DimensionData } from '../schemas/dimension.ts';
import { buildFactRows, type FactRow } from './factsTable.ts';
import { buildMatrix, type FlatFact, type MatrixGroup } from './compareMatrix.ts';

/** A comparison column: a jurisdiction that has records. */
export interface ComparisonColumn {
	id: string;
	name: string;
	/** Full place name (山东省潍坊市高密市). */
	place: string;
	/** Level label (省, 地级市, 县级市 …), printed beside values so that a province never passes for a city. */
	level: string;
	province: { id: string; name: string };
}

/** /compare/index.json: what the builder needs before any place is chosen. */
export interface CompareIndex {
	groups: { id: string; label: string }[];
	dimensions: { id: string; label: string; group: DimensionData['group']; scope: string; kind: DimensionData['kind']; unit: string | null }[];
	/** The provinces that have places with records, in the picker's order, each with its number of places. */
	provinces: { id: string; name: string; places: number }[];
}

/** /compare/provinces/<id>.json: a province's places with records, for the picker, in column order. */
export interface ProvincePlaces {
	id: string;
	name: string;
	places: ComparisonColumn[];
}

/**
 * /compare/places/<id>.json: a place (its names for the column, footnotes and CSV) and its facts as its
 * cells show them; `more`: dimensions with further facts, how many and where they are listed.
 */
export interface PlaceFacts extends ComparisonColumn {
	facts: FlatFact[];
	more: Record<string, { count: number; href: string }>;
}

/** A comparison: chosen place ids (column order) and group ids (streets …). */
export interface Selection {
	places: string[];
	groups: string[];
}

/** Up to this many places in the library, a comparison opened without a choice shows them all. */
export const defaultAllPlaces = 12;

/**
 * Whether a comparison opened without a choice shows every place: only in a library of a few places,
 * whose provinces the builder then opens (at most `defaultAllPlaces` files).
 */
export function showsEveryPlace(index: CompareIndex): boolean {
	return index.provinces.reduce((n, p) => n + p.places, 0) <= defaultAllPlaces;
}

/**
 * The selection a URL states (`?places=changsha,lanzhou&groups=streets,co-building`): places in the URL's
 * order (the sender's column order), each once, or undefined when the URL names none (see
 * showsEveryPlace); groups unknown dropped, all when none are named. A place id the library does not know
 * is dropped by the builder when its file is not found: the index does not list places.
 */
export function readSelection(search: string, index: CompareIndex): { places: string[] | undefined; groups: string[] } {
	const params = new URLSearchParams(search);
	const listed = (name: string) => (params.has(name) ? [...new Set((params.get(name) ?? '').split(',').filter(Boolean))] : undefined);
	const groups = listed('groups');
	return {
		places: listed('places'),
		groups: index.groups.filter((g) => !groups || groups.includes(g.id)).map((g) => g.id),
	};
}

/**
 * The chosen places after ticking (`on`) or unticking some: those already chosen keep their columns,
 * new ones are added after them in the order given (a province's places in its order).
 */
export function choosePlaces(chosen: string[], ids: string[], on: boolean): string[] {
	if (!on) return chosen.filter((id) => !ids.includes(id));
	return [...new Set([...chosen, ...ids])];
}

/** The URL query of a selection (groups left out when all are chosen), for sharing. */
export function selectionSearch(selection: Selection, index: CompareIndex): string {
	const params = new URLSearchParams();
	params.set('places', selection.places.join(','));
	if (selection.groups.length !== index.groups.length) params.set('groups', selection.groups.join(','));
	return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** The dimensions of the chosen groups, as the matrix takes them. */
function chosenDimensions(index: CompareIndex, selection: Selection): Map<string, DimensionData> {
	const groups = new Set(index.groups.filter((g) => selection.groups.includes(g.id)).map((g) => g.label));
	return new Map(
		index.dimensions
			.filter((d) => groups.has(d.group))
			.map((d) => [d.id, { id: d.id, label: d.label, group: d.group, kind: d.kind, scope: d.scope, keywords: [], ...(d.unit ? { unit: d.unit } : {}) }]),
	);
}

/** The matrix of the chosen places and groups: only dimensions some chosen place states; `hidden` counts the others. */
export function selectionMatrix(facts: FlatFact[], index: CompareIndex, selection: Selection): { groups: MatrixGroup[]; shown: number; hidden: number } {
	const dimensions = chosenDimensions(index, selection);
	const chosen = new Set(selection.places);
	const groups = buildMatrix(
		facts.filter((f) => chosen.has(f.jurisdictionId)),
		dimensions,
		selection.places,
	);
	const shown = groups.reduce((n, g) => n + g.rows.length, 0);
	return { groups, shown, hidden: dimensions.size - shown };
}

/** The CSV rows of exactly the facts a matrix shows, in its order (the columns of /data/facts.csv). */
export function selectionRows(groups: MatrixGroup[], index: CompareIndex, places: ComparisonColumn[], site?: string): FactRow[] {
	const shown = groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.facts)));
	return buildFactRows(
		shown,
		{
			jurisdictions: new Map(places.map((p) => [p.id, { name: p.name }])),
			dimensions: new Map(index.dimensions.map((d) => [d.id, d])),
		},
		site,
	);
}

/** A record cited in a printed comparison's footnotes, listed once under them. */
export interface PrintSource {
	recordId: string;
	title: string;
	place: string;
	/** Absolute URL of the record; a footnote's paragraph is this URL + `#p-N`. */
	url: string;
}

/**
 * The records a matrix's facts come from, in order of first use, each with its place's name. Footnotes
 * then name the place and paragraph only (“…”——长沙市，第13段) instead of repeating a long URL
 * each, which is what lets a few places and one group print on one A4 page.
 */
export function printSources(groups: MatrixGroup[], places: ComparisonColumn[], origin: string): PrintSource[] {
	const names = new Map(places.map((p) => [p.id, p.name]));
	const sources = new Map<string, PrintSource>();
	for (const fact of groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.facts)))) {
		if (sources.has(fact.recordId)) continue;
		const url = new URL(fact.href, origin);
		url.hash = '';
		sources.set(fact.recordId, { recordId: fact.recordId, title: fact.recordTitle, place: names.get(fact.jurisdictionId) ?? fact.jurisdictionId, url: url.href });
	}
	return [...sources.values()];
}

/** How a footnote names its source: the place, and the record's title too when that place has several records cited. */
export function footnoteSource(fact: FlatFact, sources: PrintSource[]): string {
	const source = sources.find((s) => s.recordId === fact.recordId);
	const place = source?.place ?? fact.jurisdictionId;
	const several = sources.filter((s) => s.place === place).length > 1;
	return `${place}${several ? `《${fact.recordTitle}》` : ''}，第${fact.paragraph}段`;
}
