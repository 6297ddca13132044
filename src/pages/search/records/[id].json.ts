import type { APIRoute, GetStaticPaths } from 'astro';
import { getOwnRecords } from '../../../data/buildShare.ts';
import { getEvents } from '../../../data/library.ts';
import { bodyBlocks } from '../../../lib/edition.ts';
import { searchRecordInput, toPagefindRecord } from '../../../lib/searchRecord.ts';

/**
 * Each record as the search index takes it. Written at build only for the Pagefind integration,
 * which indexes these files in `astro:build:done` and removes them: they are not part of the site.
 */
export const getStaticPaths = (async () => {
	const [records, events] = await Promise.all([getOwnRecords(), getEvents()]);
	return records.map((r) => ({
		params: { id: r.id },
		props: {
			record: toPagefindRecord(
				searchRecordInput({
					id: r.id,
					data: r.data,
					blocks: bodyBlocks(r.entry.body ?? ''),
					eventName: r.data.event ? events.get(r.data.event.id)?.name : undefined,
					place: r.place,
					provinceId: r.province.id,
					jurisdictionId: r.jurisdiction.id,
					docTypeLabel: r.docTypeLabel,
					themeIds: r.facets.theme.map((t) => t.id),
				}),
			),
		},
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.record);
