import type { APIRoute } from 'astro';
import { getComparisonProvinces, getDimensions } from '../../data/library.ts';
import { groupAnchor } from '../../lib/compareMatrix.ts';
import type { CompareIndex } from '../../lib/compareSelection.ts';
import { dimensionGroups } from '../../schemas/dimension.ts';

/**
 * What the comparison builder needs before any place is chosen: the dimensions (label, group, 口径) and
 * the provinces with their number of places. It lists no place, so that it stays small at any size: a
 * province's places are in /compare/provinces/<id>.json, fetched when a reader opens it, and a chosen
 * place's names and facts in /compare/places/<id>.json.
 */
export const GET: APIRoute = async () => {
	const [provinces, dimensions] = await Promise.all([getComparisonProvinces(), getDimensions()]);
	const index: CompareIndex = {
		groups: dimensionGroups.map((label) => ({ id: groupAnchor(label), label })),
		dimensions: [...dimensions].map(([id, d]) => ({ id, label: d.label, group: d.group, scope: d.scope, kind: d.kind, unit: d.unit ?? null })),
		provinces: provinces.map((p) => ({ id: p.id, name: p.name, places: p.places.length })),
	};
	return Response.json(index);
};
