import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/searchIndex.ts';

export const getStaticPaths = (async () => {
	const { docs } = await getSearchIndex();
	return docs.map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

/** One record's searchable text, paragraph by paragraph, to verify candidates and show where words occur. */
export const GET: APIRoute = ({ props }) => Response.json(props.doc);
