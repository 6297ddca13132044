/**
 * Builds the library in shares and merges them (src/lib/buildPartition.ts): the library build, then one
 * build per partition of the records by year, each `astro build` and its search index with an output
 * and cache folder of its own, as separate machines would; then scripts/merge-partitions.ts.
 *
 *   node scripts/build-partitioned.ts --years 2015 --out dist-partitioned
 *
 * Here the builds run one after another; nothing but the merge needs two of them on one machine.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseBuildShare, partitionCount } from '../src/lib/buildPartition.ts';
import { mergePartitions } from './merge-partitions.ts';

/** The shares a plan of partitions makes: the library build first, then partitions 1 … n. */
export function sharesOf(years: string): string[] {
	const n = partitionCount(parseBuildShare('library', years));
	return ['library', ...Array.from({ length: n }, (_, i) => String(i + 1))];
}

/** Where a share's build writes (beside the merged output, removed by the merge). */
export function shareOutDir(out: string, share: string): string {
	return `${out}.${share}`;
}

/** One share's build, as `npm run build` with that share's environment. */
function buildShare(share: string, years: string, out: string): void {
	const env = { ...process.env, LIBRARY_PARTITION: share, LIBRARY_PARTITIONS: years, LIBRARY_OUT_DIR: shareOutDir(out, share), LIBRARY_CACHE_DIR: `${shareOutDir(out, share)}.cache` };
	for (const [command, ...args] of [
		['node_modules/.bin/astro', 'build', '--force'],
		['node', 'scripts/build-search-index.ts'],
	] as const) {
		const run = spawnSync(command, args, { env, stdio: 'inherit' });
		if (run.status !== 0) throw new Error(`${share} build: ${command} ${args.join(' ')} failed (exit ${run.status})`);
	}
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { years: { type: 'string', default: '2015' }, out: { type: 'string', default: 'dist-partitioned' } } });
	const { years, out } = values;
	const shares = sharesOf(years);
	rmSync(out, { recursive: true, force: true });
	for (const share of shares) {
		rmSync(shareOutDir(out, share), { recursive: true, force: true });
		console.log(`\n── ${share === 'library' ? 'library build' : `partition ${share}`} (LIBRARY_PARTITIONS=${years}) ──`);
		buildShare(share, years, out);
	}
	const report = mergePartitions(
		out,
		shares.map((s) => shareOutDir(out, s)),
	);
	for (const share of shares) rmSync(`${shareOutDir(out, share)}.cache`, { recursive: true, force: true });
	console.log(`Merged ${shares.length} builds into ${out}: ${report.files} files (${report.shared} shared assets written alike), ${report.sitemapUrls} sitemap URLs, index parts ${report.indexParts.join(' ')}`);
}
