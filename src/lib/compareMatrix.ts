/**
 * The comparison matrix: dimensions (rows, grouped) × jurisdictions (columns), made from the records'
 * facts only. A cell holds every fact a jurisdiction's records state for that dimension; an empty cell
 * means the sources do not mention it (未提及), never zero.
 */
import type { DimensionData } from '../schemas/dimension.ts';
import { dimensionGroupIds, dimensionGroups, type DimensionGroup } from '../schemas/dimensionGroups.ts';

/** One fact, flattened with everything a table, chart or download needs. */
export interface FlatFact {
	recordId: string;
	recordTitle: string;
	jurisdictionId: string;
	dimensionId: string;
	value: number | string;
	unit: string | undefined;
	qualifier: string | undefined;
	quote: string;
	note: string | undefined;
	/** ¶ number of the paragraph holding the quote. */
	paragraph: number;
	/** Site-relative URL of that paragraph: /cases/<id>/#p-N. */
	href: string;
	/** The value as the source states it (7.44万名, 不少于600平方米). */
	display: string;
	/** When the figure holds: the fact's own `asOf`, else the record's date (YYYY[-MM[-DD]]); null if unknown. */
	asOf: string | null;
	/** True when `asOf` is the record's date, not a date the source gives the figure. */
	asOfIsRecordDate: boolean;
	/** The record's document type (a key of docTypes: case-report …). */
	docType: string;
	/** The level of the fact's place (a key of jurisdictionLevels: prefecture-level city …). */
	jurisdictionLevel: string;
	/** The value in base units (1.4 万名 → 14000), or null: a value in words, no unit, or a unit not in baseUnits. */
	baseValue: number | null;
	/** The base unit of `baseValue` (名), or null with it. */
	baseUnit: string | null;
}

export interface MatrixCell {
	jurisdictionId: string;
	/** Empty: the sources of this jurisdiction do not mention the dimension. */
	facts: FlatFact[];
	/** When the cell shows only some facts (a place with many records): how many more, and the page listing all. */
	more?: { count: number; href: string };
}

export interface MatrixRow {
	dimensionId: string;
	dimension: DimensionData;
	cells: MatrixCell[];
	/** How many columns have at least one fact. */
	coverage: number;
}

export interface MatrixGroup {
	group: DimensionData['group'];
	rows: MatrixRow[];
}

export interface MatrixOptions {
	/** Keep only rows with facts in at least this many columns (default 1: every dimension that has a fact). */
	minCoverage?: number;
}

/** Builds the matrix for the given columns (jurisdiction ids, in display order). */
export function buildMatrix(
	facts: FlatFact[],
	dimensions: Map<string, DimensionData>,
	columns: string[],
	options: MatrixOptions = {},
): MatrixGroup[] {
	const minCoverage = options.minCoverage ?? 1;
	// One pass over the facts, grouped by cell (dimension, then jurisdiction), in fact order: filtering
	// every dimension's facts once per column would cost columns × facts, which grows with the square
	// of the library (5,000 records: about 1,900 columns × 158,000 facts per matrix).
	const byCell = groupFacts(facts, 'dimensionId', 'jurisdictionId');
	return dimensionGroups
		.map((group) => {
			const rows = [...dimensions]
				.filter(([, d]) => d.group === group)
				.map(([dimensionId, dimension]) => {
					const row = byCell.get(dimensionId);
					const cells = columns.map((jurisdictionId) => ({ jurisdictionId, facts: row?.get(jurisdictionId) ?? [] }));
					return { dimensionId, dimension, cells, coverage: cells.filter((c) => c.facts.length > 0).length };
				})
				.filter((row) => row.coverage >= minCoverage)
				.sort((a, b) => b.coverage - a.coverage || a.dimension.label.localeCompare(b.dimension.label, 'zh-CN'));
			return { group, rows };
		})
		.filter((g) => g.rows.length > 0);
}

/**
 * When a cell's figure holds, as the cell prints it: 2021年 when the source dates it; 2018年发布 when
 * only the record's date is known (the figure may be older); 年份不详 when neither is.
 */
export function asOfLabel(fact: Pick<FlatFact, 'asOf' | 'asOfIsRecordDate'>): string {
	if (!fact.asOf) return '年份不详';
	const [y, m] = fact.asOf.split('-');
	const when = m ? `${y}年${Number(m)}月` : `${y}年`;
	return fact.asOfIsRecordDate ? `${when}发布` : when;
}

/** The stable id of a dimension group: its anchor on the comparison pages (#streets) and its value in `?groups=`. */
export function groupAnchor(group: string): string {
	const id = dimensionGroupIds[group as DimensionGroup];
	if (!id) throw new Error(`unknown dimension group “${group}”`);
	return id;
}

/** Facts by one key, then another (dimension then place, or place then dimension), in fact order: one pass. */
export function groupFacts(facts: FlatFact[], outer: 'dimensionId' | 'jurisdictionId', inner: 'dimensionId' | 'jurisdictionId'): Map<string, Map<string, FlatFact[]>> {
	const groups = new Map<string, Map<string, FlatFact[]>>();
	for (const fact of facts) {
		let group = groups.get(fact[outer]);
		if (!group) groups.set(fact[outer], (group = new Map()));
		const list = group.get(fact[inner]);
		if (list) list.push(fact);
		else group.set(fact[inner], [fact]);
	}
	return groups;
}
