import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getComparisonColumns, getDimensionPages, getFlatFacts, shownCell } from '../../../data/library.ts';
import { groupFacts, type FlatFact } from '../../../lib/compareMatrix.ts';

/**
 * One place's facts for the comparison builder: it loads only the places a reader chooses. Each cell
 * as the tables show it (the newest few facts when a place has many records), with `more` saying how
 * many others a dimension has and where they are listed, so that the file stays small at any size.
 */
export const getStaticPaths = (() =>
	libraryPaths(async () => {
	const [columns, facts, pages] = await Promise.all([getComparisonColumns(), getFlatFacts(), getDimensionPages()]);
	const byPlace = groupFacts(facts, 'jurisdictionId', 'dimensionId');
	return columns.map((c) => {
		const shown: FlatFact[] = [];
		const more: Record<string, { count: number; href: string }> = {};
		for (const [dimensionId, list] of byPlace.get(c.id) ?? []) {
			const cell = shownCell(list, dimensionId, pages);
			shown.push(...cell.facts);
			if (cell.more) more[dimensionId] = cell.more;
		}
		return { params: { id: c.id }, props: { facts: shown, more } };
	});
})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => Response.json({ id: params.id, facts: props.facts, more: props.more });
