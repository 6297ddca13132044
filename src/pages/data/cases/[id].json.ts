import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryPaths } from '../../../data/buildShare.ts';
import { getCaseRecords, getFactRows } from '../../../data/library.ts';
import { exportCase, recordFile } from '../../../lib/openData.ts';
import { historyOf } from '../../../lib/recordHistory.ts';
import recordHistories from 'virtual:library/record-history';

/**
 * Each record's open data on its own (see /data/): a researcher who needs one record, or a script that
 * walks them, need not download the bulk files, which grow with the library.
 */
export const getStaticPaths = (() =>
	libraryPaths(async () => {
	const [records, rows] = await Promise.all([getCaseRecords(), getFactRows()]);
	const rowsOf = Map.groupBy(rows, (row) => row.record);
	return records.map((r) => ({ params: { id: r.id }, props: { file: recordFile(exportCase(r), rowsOf.get(r.id) ?? [], historyOf(recordHistories.records, r.id)) } }));
})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.file);
