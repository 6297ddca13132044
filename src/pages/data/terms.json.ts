import type { APIRoute } from 'astro';
import { getGlossary } from '../../data/glossary.ts';
import { openDataLicence } from '../../lib/licence.ts';
import { exportTerm, termsJsonDescription } from '../../lib/openData.ts';

/** The glossary with each term's records and counts (see /data/). */
export const GET: APIRoute = async () => {
	const glossary = await getGlossary();
	return Response.json({
		description: termsJsonDescription,
		license: openDataLicence,
		terms: glossary.map((t) => exportTerm(t)),
	});
};
