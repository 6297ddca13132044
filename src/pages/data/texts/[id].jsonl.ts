import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getCaseRecords } from '../../../data/library.ts';
import { textLines, toJsonLines } from '../../../lib/textLines.ts';

/**
 * Each record's text as JSON Lines, a paragraph a line (see /data/): for one record's text, and the
 * pieces the openDataFiles integration joins into /data/texts.jsonl, a record at a time.
 */
export const getStaticPaths = (() =>
	libraryPaths(async () => (await getCaseRecords()).map((r) => ({ params: { id: r.id }, props: { body: r.entry.body ?? '' } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }, { id: string }> = ({ params, props }) =>
	new Response(toJsonLines(textLines(params.id, props.body, import.meta.env.SITE)), {
		headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
	});
