import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getComparisonColumns, getDimensionPages, getFlatFacts, shownCell } from '../../../data/library.ts';
import { groupFacts, type FlatFact } from '../../../lib/compareMatrix.ts';
import type { PlaceFacts } from '../../../lib/compareSelection.ts';

/**
 * One place for the comparison builder, which loads only the places a reader chooses: its names, level
 * and province (the column's heading, footnotes and CSV; the index lists no place), and its facts, each cell
 * as the tables show it (the newest few facts when a place has many records), with `more` saying how
 * many others a dimension has and where they are listed, so that the file stays small at any size.
 */
export const getStaticPaths = (() =>
	libraryPaths(async () => {
	const [columns, facts, pages] = await Promise.all([getComparisonColumns(), getFlatFacts(), getDimensionPages()]);
	const byPlace = groupFacts(facts, 'jurisdictionId', 'dimensionId');
	return columns.map((c) => {
		const shown: FlatFact[] = [];
		const more: PlaceFacts['more'] = {};
		for (const [dimensionId, list] of byPlace.get(c.id) ?? []) {
			const cell = shownCell(list, dimensionId, pages);
			shown.push(...cell.facts);
			if (cell.more) more[dimensionId] = cell.more;
		}
		return { params: { id: c.id }, props: { place: { ...c, facts: shown, more } satisfies PlaceFacts } };
	});
})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.place);
