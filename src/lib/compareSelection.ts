/**
 * The comparison builder's logic, pure (the browser module src/browser/compareBuilder.ts renders it):
 * which places and dimension groups the URL chooses, the matrix of just those, how many dimensions it
 * hides because every chosen place is silent, and the rows of its CSV.
 */
import type { DimensionData } from '../schemas/dimension.ts';
import { buildFactRows, type FactRow } from './factsTable.ts';
import { buildMatrix, type FlatFact, type MatrixGroup } from './compareMatrix.ts';

/** /compare/index.json: the dimensions and the places, without their facts. */
export interface CompareIndex {
	groups: { id: string; label: string }[];
	dimensions: { id: string; label: string; group: DimensionData['group']; scope: string; kind: DimensionData['kind']; unit: string | null }[];
	places: { id: string; name: string; place: string; level: string; province: { id: string; name: string }; facts: number }[];
}

/** A comparison: chosen place ids (column order) and group ids (streets …). */
export interface Selection {
	places: string[];
	groups: string[];
}

/** Up to this many places, a comparison opened without a choice shows them all. */
export const defaultAllPlaces = 12;

/**
 * The selection a URL states (`?places=changsha,lanzhou&groups=streets,co-building`), unknown ids dropped, places in
 * the URL's order (the sender's column order). No `places`: every place when there are few, none
 * otherwise; no `groups`: all.
 */
export function readSelection(search: string, index: CompareIndex): Selection {
	const params = new URLSearchParams(search);
	const listed = (name: string) => (params.has(name) ? [...new Set((params.get(name) ?? '').split(',').filter(Boolean))] : undefined);
	const known = new Set(index.places.map((p) => p.id));
	const places = listed('places');
	const groups = listed('groups');
	return {
		places: places ? places.filter((id) => known.has(id)) : index.places.length <= defaultAllPlaces ? index.places.map((p) => p.id) : [],
		groups: index.groups.filter((g) => !groups || groups.includes(g.id)).map((g) => g.id),
	};
}

/** The places ticked now, keeping the order of those already chosen and adding new ones after them. */
export function orderChoice(previous: string[], ticked: string[]): string[] {
	const now = new Set(ticked);
	return [...previous.filter((id) => now.has(id)), ...ticked.filter((id) => !previous.includes(id))];
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
export function selectionRows(groups: MatrixGroup[], index: CompareIndex, site?: string): FactRow[] {
	const shown = groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.facts)));
	return buildFactRows(
		shown,
		{
			jurisdictions: new Map(index.places.map((p) => [p.id, { name: p.name }])),
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
export function printSources(groups: MatrixGroup[], index: CompareIndex, origin: string): PrintSource[] {
	const names = new Map(index.places.map((p) => [p.id, p.name]));
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
