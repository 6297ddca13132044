import type { APIRoute } from 'astro';
import { getGlossary } from '../../data/glossary.ts';
import { openDataLicence } from '../../lib/licence.ts';
import { exportTerm } from '../../lib/openData.ts';

/** The glossary with usage counts per record (see /data/). */
export const GET: APIRoute = async () => {
	const glossary = await getGlossary();
	return Response.json({
		description:
			'政策术语表：术语、别称、主题、相关术语、释义（quoted 为引自案例原文，editorial 为编辑撰写），以及在各案例正文中出现的次数。The policy-term glossary with usage counts per record.',
		license: openDataLicence,
		terms: glossary.map((t) => exportTerm(t)),
	});
};
