/**
 * Shared by the citation downloads (cite.ris, cite.bib, cite.json): one path per record, with its
 * neutral citation. Not a route (the leading underscore keeps Astro from building it as a page).
 */
import { getOwnRecords } from '../../../data/buildShare.ts';
import { getEvents } from '../../../data/library.ts';
import { citationData, type CitationData } from '../../../lib/citation.ts';

export async function citationPaths(): Promise<{ params: { id: string }; props: { citation: CitationData } }[]> {
	const [records, events] = await Promise.all([getOwnRecords(), getEvents()]);
	return records.map((record) => {
		const eventName = record.data.event ? events.get(record.data.event.id)?.name : undefined;
		return { params: { id: record.id }, props: { citation: citationData(record, { eventName, site: import.meta.env.SITE }) } };
	});
}

/** A download response: the body as UTF-8 text with its media type. */
export function download(body: string, type: string): Response {
	return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
