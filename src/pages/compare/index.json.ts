import type { APIRoute } from 'astro';
import { getComparisonColumns, getDimensions, getFlatFacts } from '../../data/library.ts';
import { groupAnchor } from '../../lib/compareMatrix.ts';
import type { CompareIndex } from '../../lib/compareSelection.ts';
import { dimensionGroups } from '../../schemas/dimension.ts';

/**
 * What the comparison builder needs before any place is chosen: the dimensions (label, group, 口径)
 * and the places with their province, level and number of facts. The facts themselves are per place
 * (/compare/places/<id>.json), so a comparison downloads only the places it shows.
 */
export const GET: APIRoute = async () => {
	const [columns, dimensions, facts] = await Promise.all([getComparisonColumns(), getDimensions(), getFlatFacts()]);
	const counts = new Map<string, number>();
	for (const f of facts) counts.set(f.jurisdictionId, (counts.get(f.jurisdictionId) ?? 0) + 1);
	const index: CompareIndex = {
		groups: dimensionGroups.map((label) => ({ id: groupAnchor(label), label })),
		dimensions: [...dimensions].map(([id, d]) => ({ id, label: d.label, group: d.group, scope: d.scope, kind: d.kind, unit: d.unit ?? null })),
		places: columns.map((c) => ({ ...c, facts: counts.get(c.id) ?? 0 })),
	};
	return Response.json(index);
};
