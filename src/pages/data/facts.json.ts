/** /data/facts.json: the same table as /data/facts.csv, self-describing, values kept as numbers or text. */
import type { APIRoute } from 'astro';
import { getDimensions, getFlatFacts, getJurisdictions } from '../../data/library.ts';
import { buildFactRows, toFactsJson } from '../../lib/factsTable.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
	const [facts, jurisdictions, dimensions] = await Promise.all([getFlatFacts(), getJurisdictions(), getDimensions()]);
	// SITE is undefined until astro.config.mjs sets `site`; the paragraph links then stay site-relative.
	const rows = buildFactRows(facts, { jurisdictions, dimensions }, import.meta.env.SITE);
	return new Response(`${JSON.stringify(toFactsJson(rows), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
