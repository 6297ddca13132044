/** /data/facts.json: the same table as /data/facts.csv, self-describing, values kept as numbers or text. */
import type { APIRoute } from 'astro';
import { getFactRows } from '../../data/library.ts';
import { toFactsJson } from '../../lib/factsTable.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(toFactsJson(await getFactRows()), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
