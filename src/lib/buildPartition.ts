/**
 * A library too large for one build is built in shares: one build per partition of the records (by
 * year) renders those records' own pages and search index, and one library build renders every page
 * that spans the library (catalogue, places, terms, comparisons, events, open data, search page). Each
 * build reads the whole catalogue (frontmatter and Markdown, no rendering), so every link between
 * shares is made by the same code as in one build; scripts/merge-partitions.ts joins the outputs.
 *
 *   LIBRARY_PARTITIONS=2015        the plan: years at which a partition begins (here 2: before 2015, 2015 on)
 *   LIBRARY_PARTITION=library|1|2  which share this build makes; unset, the build makes everything
 *
 * Records with no known year belong to the first partition.
 */

/** What one build renders. */
export type BuildShare =
	| { kind: 'whole' }
	| { kind: 'library'; boundaries: number[] }
	| { kind: 'records'; partition: number; boundaries: number[] };

/** The share the environment asks for; throws, naming the variable, for a value it cannot use. */
export function parseBuildShare(partition: string | undefined, partitions: string | undefined): BuildShare {
	if (partition === undefined || partition === '') return { kind: 'whole' };
	if (partitions === undefined || partitions.trim() === '') throw new Error(`LIBRARY_PARTITION="${partition}" needs LIBRARY_PARTITIONS, the years at which partitions begin (e.g. 2015)`);
	const boundaries = partitions.split(',').map((s) => s.trim());
	if (!boundaries.every((b) => /^\d{4}$/.test(b))) throw new Error(`LIBRARY_PARTITIONS: "${partitions}" is not a comma-separated list of years`);
	const years = boundaries.map(Number);
	if (years.some((y, i) => i > 0 && y <= years[i - 1]!)) throw new Error(`LIBRARY_PARTITIONS: "${partitions}": years must ascend`);
	if (partition === 'library') return { kind: 'library', boundaries: years };
	const n = Number(partition);
	if (!Number.isInteger(n) || n < 1 || n > years.length + 1)
		throw new Error(`LIBRARY_PARTITION: "${partition}" is neither "library" nor a partition of 1–${years.length + 1}`);
	return { kind: 'records', partition: n, boundaries: years };
}

/** The number of partitions a share's plan makes (1 for a whole build). */
export function partitionCount(share: BuildShare): number {
	return share.kind === 'whole' ? 1 : share.boundaries.length + 1;
}

/** The partition (1-based) a record of `year` belongs to; an unknown year belongs to the first. */
export function partitionOf(year: number | undefined, share: BuildShare): number {
	if (share.kind === 'whole' || year === undefined) return 1;
	return 1 + share.boundaries.filter((b) => year >= b).length;
}

/** Whether this build renders the record's own pages (record page, brief, citations, search input). */
export function rendersRecord(year: number | undefined, share: BuildShare): boolean {
	return share.kind === 'whole' || (share.kind === 'records' && partitionOf(year, share) === share.partition);
}

/** Whether this build renders the pages that span the library. */
export function rendersLibrary(share: BuildShare): boolean {
	return share.kind !== 'records';
}

/**
 * What a partition build keeps of its output: its records' folders, its search input, shared assets and
 * its sitemap (the merge joins the sitemaps' URLs, each page once).
 */
export function keptByRecordsBuild(path: string, recordIds: ReadonlySet<string>): boolean {
	const [top, second] = path.split('/');
	if (top === '_astro' || /^sitemap-[\w-]+\.xml$/.test(top!)) return true;
	if (top === 'search') return second === 'records' || second === 'index-parts.json';
	return top === 'cases' && second !== undefined && recordIds.has(second);
}

/**
 * The year at which a second partition should begin for the two to be as even as they can be (records
 * with no known year count with the first), or undefined when the records have fewer than two years.
 */
export function evenSplitYear(years: readonly (number | undefined)[]): number | undefined {
	const known = [...new Set(years.filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
	let best: { year: number; gap: number } | undefined;
	for (const year of known.slice(1)) {
		const before = years.filter((y) => y === undefined || y < year).length;
		const gap = Math.abs(years.length - 2 * before);
		if (!best || gap < best.gap) best = { year, gap };
	}
	return best?.year;
}
