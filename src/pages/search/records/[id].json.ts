import type { APIRoute, GetStaticPaths } from 'astro';
import { getCaseRecords, getEvents } from '../../../data/library.ts';
import { bodyBlocks } from '../../../lib/edition.ts';
import { toPagefindRecord } from '../../../lib/searchRecord.ts';

/**
 * Each record as the search index takes it. Written at build only for the Pagefind integration,
 * which indexes these files in `astro:build:done` and removes them: they are not part of the site.
 */
export const getStaticPaths = (async () => {
	const [records, events] = await Promise.all([getCaseRecords(), getEvents()]);
	return records.map((r) => {
		const blocks = bodyBlocks(r.entry.body ?? '');
		return {
		params: { id: r.id },
		props: {
			record: toPagefindRecord({
				url: r.url,
				fields: {
					title: r.data.title,
					subtitle: r.data.subtitle,
					series: r.data.series,
					event: r.data.event ? events.get(r.data.event.id)?.name : undefined,
					author: r.data.author,
					outlet: r.data.outlet,
				},
				paragraphs: blocks.map((b) => ({ n: b.n, text: b.text })),
				// What the record page shows before its text, where a text fragment could match first (the
				// metadata fields are in the index already: the client adds them). Fact notes stay: they
				// often repeat the text's words (measured: without them 9 policy-term links landed in a note).
				before: [
					...[r.data.completeness.note, r.data.summary].filter((t): t is string => !!t),
					...r.data.facts.flatMap((f) => [f.quote, f.note ?? '']).filter(Boolean),
					...blocks.filter((b) => b.heading).map((b) => b.text),
				],
				place: r.place,
				date: r.data.published.date ?? r.data.reposted?.date ?? null,
				docTypeLabel: r.docTypeLabel,
				filters: {
					province: [r.province.id],
					jurisdiction: [r.jurisdiction.id],
					docType: [r.data.docType],
					year: [r.year ? String(r.year) : 'unknown'],
					theme: r.facets.theme.map((t) => t.id),
				},
			}),
		},
		};
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.record);
