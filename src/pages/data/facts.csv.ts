/** /data/facts.csv: every fact as one CSV row (UTF-8 with BOM, CRLF), columns as in src/lib/factsTable.ts. */
import type { APIRoute } from 'astro';
import { getFactRows } from '../../data/library.ts';
import { toCsv } from '../../lib/factsTable.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
	new Response(toCsv(await getFactRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
