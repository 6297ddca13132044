import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparisonColumns, getFlatFacts } from '../../../data/library.ts';
import type { FlatFact } from '../../../lib/compareMatrix.ts';

/** One place's facts for the comparison builder: it loads only the places a reader chooses. */
export const getStaticPaths = (async () => {
	const [columns, facts] = await Promise.all([getComparisonColumns(), getFlatFacts()]);
	const byPlace = new Map<string, FlatFact[]>();
	for (const f of facts) {
		const list = byPlace.get(f.jurisdictionId);
		if (list) list.push(f);
		else byPlace.set(f.jurisdictionId, [f]);
	}
	return columns.map((c) => ({ params: { id: c.id }, props: { facts: byPlace.get(c.id) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => Response.json({ id: params.id, facts: props.facts });
