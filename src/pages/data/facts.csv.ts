/** /data/facts.csv: every fact as one CSV row (UTF-8 with BOM, CRLF), columns as in src/lib/factsTable.ts. */
import type { APIRoute } from 'astro';
import { getDimensions, getFlatFacts, getJurisdictions } from '../../data/library.ts';
import { buildFactRows, toCsv } from '../../lib/factsTable.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
	const [facts, jurisdictions, dimensions] = await Promise.all([getFlatFacts(), getJurisdictions(), getDimensions()]);
	// SITE is undefined until astro.config.mjs sets `site`; the paragraph links then stay site-relative.
	const rows = buildFactRows(facts, { jurisdictions, dimensions }, import.meta.env.SITE);
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
