import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/searchIndex.ts';

export const getStaticPaths = (async () => {
	const { shards } = await getSearchIndex();
	return shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard } }));
}) satisfies GetStaticPaths;

/** One gram shard: gram → positions of the records containing it. */
export const GET: APIRoute = ({ props }) => Response.json(props.shard);
