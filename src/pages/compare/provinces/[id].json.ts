import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getComparisonProvinces } from '../../../data/library.ts';
import type { ProvincePlaces } from '../../../lib/compareSelection.ts';

/**
 * A province's places with records, for the comparison builder's picker: fetched when a reader opens the
 * province, so that the builder never lists every place of the library (about 1,900 at 5,000 records).
 */
export const getStaticPaths = (() =>
	libraryPaths(async () => (await getComparisonProvinces()).map((province) => ({ params: { id: province.id }, props: { province } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.province satisfies ProvincePlaces);
