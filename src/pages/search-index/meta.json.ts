import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/searchIndex.ts';

/** Search metadata: shard count and the records' filterable fields. */
export const GET: APIRoute = async () => Response.json((await getSearchIndex()).meta);
