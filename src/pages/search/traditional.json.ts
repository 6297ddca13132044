import type { APIRoute } from 'astro';
import { simplifyQuery } from '../../lib/simplifyQuery.ts';

/**
 * The characters OpenCC tw→cn changes. The search client fetches this small list only when a query
 * has a word found nowhere, and loads OpenCC itself only if the query has one of these characters.
 */
export const GET: APIRoute = () => {
	let chars = '';
	for (const [from, to] of [
		[0x3400, 0x4dbf],
		[0x4e00, 0x9fff],
		[0xf900, 0xfaff],
	] as const)
		for (let code = from; code <= to; code++) {
			const c = String.fromCodePoint(code);
			if (simplifyQuery(c) !== c) chars += c;
		}
	return Response.json({ chars });
};
