/** The places of one province that have records, for the search page's place filter (src/lib/placeFilter.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getCaseRecords } from '../../../data/library.ts';
import { placeOptionsByProvince, type PlaceOption } from '../../../lib/placeFilter.ts';

export const getStaticPaths = (() =>
	libraryPaths(async () =>
		[...placeOptionsByProvince((await getCaseRecords()).map((r) => ({ provinceId: r.province.id, jurisdictionId: r.jurisdiction.id, place: r.place })))].map(([province, places]) => ({
			params: { province },
			props: { places },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: PlaceOption[] }> = ({ props }) => Response.json(props.places);
