/**
 * One corpus, built and searched: the real content or a synthetic corpus of n records
 * (synthesizeCorpus.ts), built in a throwaway root of its own (siteRoot.ts: its own content, output and
 * cache folders, never the project's dist/), then its build time, peak memory, output size, pages,
 * Pagefind index, and its search (searchBench.ts: recall and precision, cold bytes, warm time).
 * Targets: 1,000 records build in ≤ 90 s and ≤ 2 GB on the 2-core machine, cost growing linearly;
 * 5,000 completes.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { readSearchCorpus } from '../../tests/support/searchCorpus.ts';
import { buildPhases, routeTimes, type BuildPhases } from './buildLog.ts';
import { describeCode, loadAverage, waitForOtherBuilds, type CodeVersion } from './machine.ts';
import { measurePageSizes, type PageSizes } from './pageSizes.ts';
import { folderSize, runBuild, type BuildCost } from './runBuild.ts';
import { benchSearch, type SearchBench, type SearchRow } from './searchBench.ts';
import { makeSiteRoot, projectRoot } from './siteRoot.ts';
import { synthesizeCorpus, type SynthesisReport } from './synthesizeCorpus.ts';

export interface BuildFigures {
	buildSeconds: number;
	/** Peak of the summed RSS of the build's process tree (/proc, every 100 ms), Pagefind's indexer included. */
	peakTreeMB: number;
	/** GNU time %M: the largest single process's max RSS. */
	maxRssMB: number | undefined;
	/** Load average (1 min) just before the build (includes this benchmark's own previous step). */
	loadBefore: number;
	/** CPU seconds the build used, and that other processes used meanwhile (see runBuild.ts). */
	cpuSeconds: number | undefined;
	otherCpuSeconds: number | undefined;
	/** "N page(s) built" as Astro reports it (pages and endpoints). */
	pagesBuilt: number;
	/** Where the build's time went (from Astro's log). */
	phases: BuildPhases;
	/** Render time of the most expensive page types. */
	routes: { route: string; pages: number; seconds: number }[];
}

export interface CorpusResult {
	/** "real" or the number of synthetic records. */
	label: string;
	records: number;
	/** How the synthetic corpus was made (undefined for the real content). */
	corpus?: SynthesisReport;
	/** Undefined when an existing build was measured (MEASURE_SKIP_BUILD). */
	build?: BuildFigures;
	distBytes: number;
	distFiles: number;
	/** dist/pagefind: Pagefind's files (runtime, meta, index, filters, fragments). */
	pagefindBytes: number;
	pagefindFiles: number;
	/** Every HTML page's size (raw, gzip, first view). */
	pageSizes: PageSizes;
	search?: SearchBench;
	/** Why the search could not be measured, if it could not. */
	searchError?: string;
	/** Where the build lives when kept (BENCH_KEEP=1). */
	root?: string;
	/** The code built (the working tree is copied when the corpus starts; it may change during a long run). */
	code: CodeVersion;
}

const MB = 1024 * 1024;

/** A build's figures for the tables, from its measured cost and log. */
export function buildFigures(build: BuildCost, loadBefore: number): BuildFigures {
	return {
		buildSeconds: build.wallMs / 1000,
		peakTreeMB: build.peakTreeRssBytes / MB,
		maxRssMB: build.maxRssBytes === undefined ? undefined : build.maxRssBytes / MB,
		loadBefore,
		cpuSeconds: build.cpuSeconds,
		otherCpuSeconds: build.otherCpuSeconds,
		pagesBuilt: build.pagesBuilt,
		phases: buildPhases(build.log),
		routes: routeTimes(build.log).slice(0, 10),
	};
}

export interface CorpusOptions {
	keep?: boolean;
	seed?: number;
	cpuProfile?: boolean;
}

/** The real site (content/), built in a throwaway root. */
export function benchReal(browser: Browser, options: CorpusOptions = {}): Promise<CorpusResult> {
	return benchCorpus('real', browser, options, (contentDir) => {
		cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
		return undefined;
	});
}

/** A synthetic corpus of n records. */
export function benchSize(n: number, browser: Browser, options: CorpusOptions = {}): Promise<CorpusResult> {
	return benchCorpus(String(n), browser, options, (contentDir) => synthesizeCorpus(join(projectRoot, 'content'), contentDir, n, options.seed ?? 1));
}

/** The project's existing dist/ (from `npm run build`), measured without building (MEASURE_SKIP_BUILD=1). */
export async function benchExistingDist(browser: Browser): Promise<CorpusResult> {
	const outDir = join(projectRoot, 'dist');
	const records = readSearchCorpus(join(projectRoot, 'content'));
	return { label: 'real', code: describeCode(), records: records.length, ...outputSizes(outDir), ...(await measureSearch(browser, { outDir, env: {} }, records, 'real')) };
}

export function outputSizes(outDir: string) {
	const dist = folderSize(outDir);
	// Every part of the index (pagefind/, pagefind-2/ …).
	const parts = readdirSync(outDir).filter((name) => /^pagefind(-\d+)?$/.test(name)).map((name) => folderSize(join(outDir, name)));
	const index = { bytes: parts.reduce((n, p) => n + p.bytes, 0), files: parts.reduce((n, p) => n + p.files, 0) };
	return { distBytes: dist.bytes, distFiles: dist.files, pagefindBytes: index.bytes, pagefindFiles: index.files, pageSizes: measurePageSizes(outDir) };
}

export async function measureSearch(browser: Browser, site: Parameters<typeof benchSearch>[1], records: Parameters<typeof benchSearch>[2], label: string): Promise<Pick<CorpusResult, 'search' | 'searchError'>> {
	try {
		return { search: await benchSearch(browser, site, records, (line) => console.log(`  ${label}: ${line}`)) };
	} catch (error) {
		const searchError = (error as Error).message;
		console.log(`  ${label}: search not measured: ${searchError.split('\n')[0]}`);
		return { searchError };
	}
}

/** Writes the content, builds, serves and measures one corpus; removes its root unless `keep` (CPU profiles land in <root>/cpu-profiles/). */
async function benchCorpus(label: string, browser: Browser, options: CorpusOptions, writeContent: (contentDir: string) => SynthesisReport | undefined): Promise<CorpusResult> {
	const code = describeCode();
	const site = makeSiteRoot(`corpus-${label}`);
	try {
		const corpus = writeContent(site.contentDir);
		const records = readSearchCorpus(site.contentDir);
		await waitForOtherBuilds();
		const loadBefore = loadAverage();
		console.log(`  ${label}: building ${records.length} records (load ${loadBefore}) …`);
		const nodeOptions = options.cpuProfile ? `--cpu-prof --cpu-prof-dir=${join(site.root, 'cpu-profiles')}` : undefined;
		const build = await runBuild(site.env, join(site.root, 'build.log'), { root: site.root, ...(nodeOptions ? { nodeOptions } : {}) });
		const others = build.otherCpuSeconds === undefined ? '' : `, other processes ${build.otherCpuSeconds.toFixed(0)} CPU s meanwhile`;
		console.log(`  ${label}: built in ${(build.wallMs / 1000).toFixed(1)} s (${build.cpuSeconds?.toFixed(0) ?? '?'} CPU s${others}), peak ${(build.peakTreeRssBytes / MB).toFixed(0)} MB`);
		return {
			label,
			code,
			records: records.length,
			...(corpus ? { corpus } : {}),
			build: buildFigures(build, loadBefore),
			...outputSizes(site.outDir),
			...(await measureSearch(browser, { outDir: site.outDir, env: site.env, root: site.root }, records, label)),
			...(options.keep ? { root: site.root } : {}),
		};
	} finally {
		if (!options.keep) site.remove();
	}
}

const fixed = (x: number | undefined, digits: number) => (x !== undefined && Number.isFinite(x) ? x.toFixed(digits) : '–');
const percent = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? `${(100 * x).toFixed(x === 1 ? 0 : 2)}%` : '–');
const count = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x.toLocaleString('en-US') : '–');

/** Whether a result is of a partitioned build (partitionedBench.ts): its build figures add its shares up. */
export function isPartitioned(r: CorpusResult): boolean {
	return r.label.endsWith('partitions');
}

/** The corpus's name in the tables. */
export function corpusName(r: CorpusResult): string {
	if (r.label === 'real') return `real (${r.records})`;
	const partitioned = isPartitioned(r) ? ' in 2 partitions' : '';
	return `${r.records.toLocaleString('en-US')}${partitioned}`;
}

/** The README table: one row per corpus, build and search. */
export function scaleTable(results: CorpusResult[]): string {
	const rows = results.map((r) => {
		const b = r.build;
		const all: SearchRow | undefined = r.search?.rows.find((row) => row.kind === 'all');
		const late = all ? all.queries - all.measured : 0;
		const cold = all ? `${fixed(all.medianGzipKB, 1)} / ${fixed(all.maxGzipKB, 1)}${late ? ` (${late} of ${all.queries} never answered)` : ''}` : 'not measured';
		return [
			corpusName(r),
			fixed(b?.buildSeconds, 1),
			fixed(b?.peakTreeMB, 0),
			(r.distBytes / MB).toFixed(1),
			count(r.distFiles),
			count(b?.pagesBuilt),
			(r.pagefindBytes / MB).toFixed(1),
			count(r.pagefindFiles),
			percent(all?.recall),
			percent(all?.precision),
			all ? `${all.browserAgrees}/${all.queries}` : '–',
			cold,
			all ? `${fixed(all.medianWarmMs, 1)} / ${fixed(all.maxWarmMs, 1)}` : '–',
			all ? `${fixed(all.medianWarmCountsMs, 1)} / ${fixed(all.maxWarmCountsMs, 1)}` : '–',
		].join(' | ');
	});
	return [
		'| records | build s | peak MB | dist MB | files | pages | index MB | index files | recall | precision | browser agrees | cold KB gz median / max | warm ms median / max | warm ms with counts median / max |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
		...rows.map((r) => `| ${r} |`),
	].join('\n');
}

/**
 * What each added record costs, between consecutive corpora (smaller to larger): build milliseconds,
 * peak MB, dist KB and files per record. A rising figure means something grows faster than the library.
 */
export function growthTable(results: CorpusResult[]): string {
	const sorted = results.filter((r) => r.build && !isPartitioned(r)).sort((a, b) => a.records - b.records);
	const rows = sorted.slice(1).map((r, i) => {
		const from = sorted[i]!;
		const added = r.records - from.records;
		const per = (a: number | undefined, b: number | undefined, scale: number) => (a === undefined || b === undefined ? '–' : ((scale * (a - b)) / added).toFixed(2));
		return `| ${count(from.records)} → ${count(r.records)} | ${per(r.build!.buildSeconds, from.build!.buildSeconds, 1000)} | ${per(r.build!.peakTreeMB, from.build!.peakTreeMB, 1)} | ${per(r.distBytes, from.distBytes, 1 / 1024)} | ${per(r.distFiles, from.distFiles, 1)} |`;
	});
	return ['| records | build ms per added record | peak MB per added record | dist KB per added record | files per added record |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Where the time goes, per corpus: the build's phases and its three most expensive page types. */
export function phaseTable(results: CorpusResult[]): string {
	const s = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));
	const rows = results.flatMap((r) => {
		if (!r.build || isPartitioned(r)) return [];
		const p = r.build.phases;
		const top = r.build.routes
			.slice(0, 3)
			.map((t) => `${t.route} ${t.seconds.toFixed(0)} s`)
			.join(', ');
		return [`| ${corpusName(r)} | ${s(p.syncSeconds)} | ${s(p.editionCheckSeconds)} | ${s(p.bundleSeconds)} | ${s(p.generateSeconds)} | ${s(p.afterGenerateSeconds)} | ${top} |`];
	});
	return [
		'| records | sync s | edition check s | bundle s | render s | after render s (CSP, sitemap, Pagefind) | costliest page types (render time) |',
		'|---|---|---|---|---|---|---|',
		...rows,
	].join('\n');
}

/** Sizes to build also in 2 partitions, from BENCH_PARTITIONED (default: the largest of BENCH_SIZES; "" for none). */
export function partitionedSizes(): number[] {
	const raw = process.env.BENCH_PARTITIONED;
	if (raw === undefined) return benchSizes().sort((a, b) => b - a).slice(0, 1);
	if (raw.trim() === '') return [];
	return raw.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
}

/** Sizes from BENCH_SIZES (e.g. "100,1000,5000", the default; "" for none). */
export function benchSizes(): number[] {
	const raw = process.env.BENCH_SIZES ?? '100,1000,5000';
	if (raw.trim() === '') return [];
	return raw.split(',').map((s) => {
		const n = Number(s.trim().replace(/_/g, ''));
		if (!Number.isInteger(n) || n < 8) throw new Error(`BENCH_SIZES: "${s}" is not a whole number ≥ 8 (one copy of each real record)`);
		return n;
	});
}
