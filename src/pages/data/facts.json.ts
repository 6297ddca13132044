/** /data/facts.json: the same table as /data/facts.csv, self-describing, values kept as numbers or text. */
import type { APIRoute } from 'astro';
import { getFactRows } from '../../data/library.ts';
import { factsJsonText, toFactsJson } from '../../lib/factsTable.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
	new Response(factsJsonText(toFactsJson(await getFactRows())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
