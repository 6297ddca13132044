/**
 * A synthetic corpus built as a library beyond one machine would be (src/lib/buildPartition.ts): two
 * partitions by year, split as evenly as the years allow, and the library build, each in a site root
 * of its own (as on its own machine: its own code copy, output and cache; the content read from one
 * folder), one after another; then merged (scripts/merge-partitions.ts) and searched across both
 * partitions' index parts like any built site (searchBench.ts).
 */
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { readSearchCorpus } from '../../tests/support/searchCorpus.ts';
import { evenSplitYear, parseBuildShare, partitionOf } from '../../src/lib/buildPartition.ts';
import { sharesOf } from '../build-partitioned.ts';
import { mergePartitions } from '../merge-partitions.ts';
import { describeCode, loadAverage, waitForOtherBuilds } from './machine.ts';
import { runBuild } from './runBuild.ts';
import { buildFigures, measureSearch, outputSizes, type BuildFigures, type CorpusOptions, type CorpusResult } from './scaleBench.ts';
import { makeSiteRoot, projectRoot, type SiteRoot } from './siteRoot.ts';
import { synthesizeCorpus } from './synthesizeCorpus.ts';

/** One share's build. */
export interface ShareFigures extends BuildFigures {
	/** "library", "1", "2". */
	share: string;
	/** Records whose own pages the share rendered (0 for the library build). */
	records: number;
}

export interface PartitionedResult extends CorpusResult {
	/** LIBRARY_PARTITIONS: the year at which the second partition begins. */
	years: string;
	shares: ShareFigures[];
	mergeSeconds: number;
}

/** The year of a search-corpus record (publication, else repost), or undefined. */
function yearOf(record: ReturnType<typeof readSearchCorpus>[number]): number | undefined {
	return record.input.date ? Number(record.input.date.slice(0, 4)) : undefined;
}

/** Builds n synthetic records in two partitions and the library build, merges and measures them. */
export async function benchPartitioned(n: number, browser: Browser, options: CorpusOptions = {}): Promise<PartitionedResult> {
	const label = `${n} in 2 partitions`;
	const code = describeCode();
	const content = makeSiteRoot(`corpus-${n}-partitioned`);
	const roots: SiteRoot[] = [content];
	try {
		const corpus = synthesizeCorpus(join(projectRoot, 'content'), content.contentDir, n, options.seed ?? 1);
		const records = readSearchCorpus(content.contentDir);
		const years = records.map(yearOf);
		const split = evenSplitYear(years);
		if (split === undefined) throw new Error(`${n} records have fewer than two years: nothing to partition by`);
		const plan = String(split);
		const counts = [1, 2].map((p) => years.filter((y) => partitionOf(y, parseBuildShare('library', plan)) === p).length);
		console.log(`  ${label}: LIBRARY_PARTITIONS=${plan} (partition 1: ${counts[0]} records before ${plan} or undated; partition 2: ${counts[1]})`);
		const shares: ShareFigures[] = [];
		const outDirs: string[] = [];
		for (const share of sharesOf(plan)) {
			const site = share === 'library' ? content : makeSiteRoot(`corpus-${n}-partition-${share}`);
			if (site !== content) roots.push(site);
			await waitForOtherBuilds();
			const loadBefore = loadAverage();
			const env = { ...site.env, LIBRARY_CONTENT_DIR: content.contentDir, LIBRARY_PARTITION: share, LIBRARY_PARTITIONS: plan };
			const build = await runBuild(env, join(site.root, 'build.log'), { root: site.root });
			const figures: ShareFigures = { share, records: share === 'library' ? 0 : counts[Number(share) - 1]!, ...buildFigures(build, loadBefore) };
			shares.push(figures);
			outDirs.push(site.outDir);
			console.log(`  ${label}: ${share === 'library' ? 'library build' : `partition ${share}`} in ${figures.buildSeconds.toFixed(1)} s, peak ${figures.peakTreeMB.toFixed(0)} MB, ${figures.pagesBuilt} pages`);
		}
		const merged = join(content.root, 'merged');
		const started = performance.now();
		const report = mergePartitions(merged, outDirs);
		const mergeSeconds = (performance.now() - started) / 1000;
		console.log(`  ${label}: merged in ${mergeSeconds.toFixed(1)} s: ${report.files} files, index parts ${report.indexParts.join(' ')}`);
		const sum = (pick: (s: ShareFigures) => number | undefined) => shares.reduce((total, s) => total + (pick(s) ?? 0), 0);
		return {
			label,
			code,
			records: records.length,
			corpus,
			years: plan,
			shares,
			mergeSeconds,
			// As one machine would run them: one after another (time adds up), each with the memory of its own.
			build: {
				buildSeconds: sum((s) => s.buildSeconds) + mergeSeconds,
				peakTreeMB: Math.max(...shares.map((s) => s.peakTreeMB)),
				maxRssMB: Math.max(...shares.map((s) => s.maxRssMB ?? 0)) || undefined,
				loadBefore: shares[0]!.loadBefore,
				cpuSeconds: sum((s) => s.cpuSeconds),
				otherCpuSeconds: sum((s) => s.otherCpuSeconds),
				pagesBuilt: sum((s) => s.pagesBuilt),
				phases: {},
				routes: [],
			},
			...outputSizes(merged),
			...(await measureSearch(browser, { outDir: merged, env: { ...content.env, LIBRARY_OUT_DIR: merged }, root: content.root }, records, label)),
			...(options.keep ? { root: content.root } : {}),
		};
	} finally {
		if (!options.keep) for (const site of roots) site.remove();
	}
}

/** The README table of a partitioned build: each share's build, then the merge. */
export function partitionTable(result: PartitionedResult): string {
	const rows = result.shares.map(
		(s) => `| ${s.share === 'library' ? 'library build (every page that spans the library)' : `partition ${s.share}`} | ${s.records.toLocaleString('en-US')} | ${s.pagesBuilt.toLocaleString('en-US')} | ${s.buildSeconds.toFixed(1)} | ${s.peakTreeMB.toFixed(0)} |`,
	);
	return [
		`| ${result.records.toLocaleString('en-US')} records, LIBRARY_PARTITIONS=${result.years} | records rendered | pages | build s | peak MB |`,
		'|---|---|---|---|---|',
		...rows,
		`| merge | | | ${result.mergeSeconds.toFixed(1)} | |`,
	].join('\n');
}
