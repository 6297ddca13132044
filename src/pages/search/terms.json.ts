import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchTerm } from '../../lib/search.ts';
import { foldText, queryWords } from '../../lib/searchTokens.ts';
import { simplifyQuery } from '../../lib/simplifyQuery.ts';

/**
 * The glossary as the search uses it: each term's page and its forms (term and aliases), so that a
 * search for one form finds all and links the term page. Traditional-script forms are left out: a
 * traditional query goes through OpenCC instead.
 */
export const GET: APIRoute = async () => {
	const terms = await getCollection('terms');
	const list: SearchTerm[] = terms.map((t) => ({
		id: t.id,
		term: t.data.term,
		forms: [...new Set([t.data.term, ...t.data.aliases]
			.filter((f) => simplifyQuery(f) === f)
			.map(foldText)
			// a form the query splitter would cut (it has punctuation) can never equal a query word
			.filter((f) => queryWords(f).join() === f))],
	}));
	return Response.json(list);
};
