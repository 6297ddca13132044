/**
 * The collections as pages use them: each record with its place, province, year and labels resolved.
 * Integrity (references, quotes) is already proven by the edition-check integration before pages render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { docTypes } from '../schemas/case.ts';
import type { JurisdictionData } from '../schemas/jurisdiction.ts';
import { yearOf } from '../lib/formatDate.ts';
import { placeName, provinceOf } from '../lib/jurisdictions.ts';

export interface CaseRecord {
	entry: CollectionEntry<'cases'>;
	id: string;
	data: CollectionEntry<'cases'>['data'];
	/** Full place name, 湖南省长沙市. */
	place: string;
	jurisdiction: JurisdictionData;
	province: JurisdictionData;
	/** Year of publication, or undefined when the source prints none. */
	year: number | undefined;
	docTypeLabel: string;
	themeLabels: string[];
	url: string;
}

let cache: Promise<CaseRecord[]> | undefined;

/** Every record, sorted by year (unknown last), then title. */
export function getCaseRecords(): Promise<CaseRecord[]> {
	cache ??= load();
	return cache;
}

async function load(): Promise<CaseRecord[]> {
	const [cases, jurisdictions, themes] = await Promise.all([
		getCollection('cases'),
		getCollection('jurisdictions'),
		getCollection('themes'),
	]);
	const places = new Map(jurisdictions.map((j) => [j.id, j.data]));
	const themeLabels = new Map(themes.map((t) => [t.id, t.data.label]));
	return cases
		.map((entry) => {
			const jurisdiction = places.get(entry.data.jurisdiction.id)!;
			return {
				entry,
				id: entry.id,
				data: entry.data,
				place: placeName(jurisdiction.id, places),
				jurisdiction,
				province: provinceOf(jurisdiction.id, places)!,
				year: yearOf(entry.data.published.date ?? entry.data.reposted?.date),
				docTypeLabel: docTypes[entry.data.docType],
				themeLabels: entry.data.themes.map((t) => themeLabels.get(t.id) ?? t.id),
				url: `/cases/${entry.id}/`,
			};
		})
		.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Dimension labels and scopes by id. */
export async function getDimensions() {
	return new Map((await getCollection('dimensions')).map((d) => [d.id, d.data]));
}
