/**
 * What this build renders (src/lib/buildPartition.ts): the routes' static paths go through these, so a
 * partition build makes only its records' pages and the library build only the pages that span the
 * library, while each reads the whole catalogue for its links.
 */
import { parseBuildShare, partitionCount, partitionOf, rendersLibrary, rendersRecord } from '../lib/buildPartition.ts';
import { partitionIndexPaths, type PartitionText } from '../lib/searchIndexParts.ts';
import { getCaseRecords, type CaseRecord } from './library.ts';

/** This build's share, from LIBRARY_PARTITION and LIBRARY_PARTITIONS. */
export const buildShare = parseBuildShare(process.env.LIBRARY_PARTITION, process.env.LIBRARY_PARTITIONS);

/** The records whose own pages this build renders (all of them in a whole build). */
export async function getOwnRecords(): Promise<CaseRecord[]> {
	return (await getCaseRecords()).filter((r) => rendersRecord(r.year, buildShare));
}

/** A library route's static paths: its own in a whole or library build, none in a partition build. */
export async function libraryPaths<T>(paths: () => Promise<T[]> | T[]): Promise<T[]> {
	return rendersLibrary(buildShare) ? paths() : [];
}

/** Every partition's search index parts, numbered across the library (the search page merges them all). */
export async function getIndexPartPaths(): Promise<string[][]> {
	// Parts follow each partition's records and text (the indexer's memory follows the text).
	const partitions: PartitionText[] = Array.from({ length: partitionCount(buildShare) }, () => ({ records: 0, chars: 0 }));
	for (const r of await getCaseRecords()) {
		const partition = partitions[partitionOf(r.year, buildShare) - 1]!;
		partition.records++;
		partition.chars += r.entry.body?.length ?? 0;
	}
	return partitionIndexPaths(partitions);
}

/** The index parts this build writes: its partition's (none in the library build). */
export async function getOwnIndexPartPaths(): Promise<string[]> {
	const paths = await getIndexPartPaths();
	if (buildShare.kind === 'library') return [];
	return paths[buildShare.kind === 'records' ? buildShare.partition - 1 : 0]!;
}

/** Static paths for pages with one route per record (the record page, its brief, its citation page): this build's records. */
export async function recordPaths(): Promise<{ params: { id: string }; props: { record: CaseRecord } }[]> {
	return (await getOwnRecords()).map((record) => ({ params: { id: record.id }, props: { record } }));
}
