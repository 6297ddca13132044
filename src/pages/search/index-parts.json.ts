/**
 * The search index parts this build writes (src/data/buildShare.ts), for scripts/build-search-index.ts,
 * which removes this file once it has indexed the build's records.
 */
import type { APIRoute } from 'astro';
import { getOwnIndexPartPaths } from '../../data/buildShare.ts';
import { getCaseRecords } from '../../data/library.ts';
import type { IndexPartsManifest } from '../../lib/searchIndexParts.ts';

export const GET: APIRoute = async () =>
	Response.json({ paths: await getOwnIndexPartPaths(), libraryRecords: (await getCaseRecords()).length } satisfies IndexPartsManifest);
