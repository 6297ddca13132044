/**
 * The static paths of the listings of records and their later pages: the whole library, each choice
 * of one or two facet values (only pairs some record has together) and each conference, 50 records a page.
 * Facet listings are cut from the catalogue's order, so they are in it too, and made once per build
 * (their first pages and their later pages are two routes).
 */
import { collectFacets, facetNames, filterByFacet, type FacetChoice } from '../lib/facets.ts';
import { laterPages } from '../lib/cataloguePages.ts';
import { getCaseRecords, getCatalogueFacets, getCatalogueOrder, getEvents, type CaseRecord } from './library.ts';

/** A listing: its route params and what its page shows, at least its records. */
interface Listing<P extends { records: unknown[] }> {
	params: Record<string, string>;
	props: P;
}

/** One facet listing: its route params, the values chosen and the records they select. */
type FacetListing = Listing<{ choice: FacetChoice; records: CaseRecord[] }>;

/** Pages 2 … n of a listing of the whole library (the catalogue by province or by year). */
export async function laterLibraryPages() {
	return laterPages((await getCaseRecords()).length).map((page) => ({ params: { page: String(page) }, props: { page } }));
}

let oneFacetCache: Promise<FacetListing[]> | undefined;
let twoFacetCache: Promise<FacetListing[]> | undefined;

/** Every one-value listing (/cases/province/hunan/). */
export function oneFacetListings(): Promise<FacetListing[]> {
	oneFacetCache ??= Promise.all([getCatalogueOrder(), getCatalogueFacets()]).then(([records, { facets }]) =>
		facetNames.flatMap((facet) =>
			facets[facet].map((option) => ({
				params: { facet, value: option.id },
				props: { choice: [{ facet, id: option.id }], records: filterByFacet(records, (r) => r.facets, facet, option.id) },
			})),
		),
	);
	return oneFacetCache;
}

/** Every two-value listing, facets in facetNames order (/cases/province/hunan/year/2018/). */
export function twoFacetListings(): Promise<FacetListing[]> {
	twoFacetCache ??= Promise.all([getCatalogueOrder(), getCatalogueFacets()]).then(([records, { facets }]) =>
		facetNames.flatMap((facet, i) =>
			facetNames.slice(i + 1).flatMap((facet2) =>
				facets[facet].flatMap((option) => {
					const first = filterByFacet(records, (r) => r.facets, facet, option.id);
					return collectFacets(first, (r) => r.facets)[facet2].map((option2) => ({
						params: { facet, value: option.id, facet2, value2: option2.id },
						props: {
							choice: [
								{ facet, id: option.id },
								{ facet: facet2, id: option2.id },
							],
							records: filterByFacet(first, (r) => r.facets, facet2, option2.id),
						},
					}));
				}),
			),
		),
	);
	return twoFacetCache;
}

/** Every conference's speeches in the library, in conference order (/events/<id>/). */
export async function eventListings() {
	const [events, records] = await Promise.all([getEvents(), getCaseRecords()]);
	return [...events].map(([id, event]) => ({
		params: { id },
		props: { id, event, records: records.filter((r) => r.data.event?.id === id).sort((a, b) => (a.data.eventOrder ?? 99) - (b.data.eventOrder ?? 99)) },
	}));
}

/** A listing's first page, for its index route. */
export function firstPages<P extends { records: unknown[] }>(listings: Listing<P>[]) {
	return listings.map(({ params, props }) => ({ params, props: { ...props, page: 1 } }));
}

/** A listing's pages 2 … n, for its `page/[page]` route. */
export function laterListingPages<P extends { records: unknown[] }>(listings: Listing<P>[]) {
	return listings.flatMap(({ params, props }) => laterPages(props.records.length).map((page) => ({ params: { ...params, page: String(page) }, props: { ...props, page } })));
}
