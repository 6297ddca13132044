/**
 * The places of one province that have records, for the search page's place filter (src/lib/placeFilter.ts):
 * the comparison's places by province (the same places, in the same order), by id and full name.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getComparisonProvinces } from '../../../data/library.ts';
import type { PlaceOption } from '../../../lib/placeFilter.ts';

export const getStaticPaths = (() =>
	libraryPaths(async () =>
		(await getComparisonProvinces()).map((province) => ({
			params: { province: province.id },
			props: { places: province.places.map((p): PlaceOption => ({ id: p.id, label: p.place })) },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: PlaceOption[] }> = ({ props }) => Response.json(props.places);
