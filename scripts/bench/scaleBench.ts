/**
 * How the build and the search scale with the number of records: for each size, a synthetic corpus
 * (synthesizeCorpus.ts) built in a root of its own (siteRoot.ts), then its build time, peak memory,
 * output size, pages, search index, and the search's cold bytes and warm time in Chromium. Targets:
 * 1,000 records build in ≤ 90 s and ≤ 2 GB on the 2-core machine, cost growing linearly; 5,000 completes.
 */
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { policyTerms } from '../../tests/fixtures/search-terms.ts';
import { buildPhases, routeTimes, type BuildPhases } from './buildLog.ts';
import { loadAverage, waitForOtherBuilds } from './machine.ts';
import { measureQuery, type QueryCost } from './measureQuery.ts';
import { startPreview } from './preview.ts';
import { folderSize, runBuild } from './runBuild.ts';
import { makeSiteRoot, projectRoot } from './siteRoot.ts';
import { median } from './stats.ts';
import { synthesizeCorpus, type SynthesisReport } from './synthesizeCorpus.ts';

/**
 * Policy terms for the scale runs, from rare to everywhere (in how many of the 8 real records, so in
 * that share of every synthetic corpus): 接诉即办 (1), 15分钟 (1), 双报到 (2), 三会一课 (3),
 * 党群服务中心 (6), 网格 (6), 社区党组织 (8).
 */
export const scaleQueries: readonly string[] = ['接诉即办', '15分钟', '双报到', '三会一课', '党群服务中心', '网格', '社区党组织'];
for (const q of scaleQueries) if (!policyTerms.includes(q)) throw new Error(`scaleQueries: ${q} is not in tests/fixtures/search-terms.ts`);

export interface ScaleResult {
	records: number;
	corpus: SynthesisReport;
	buildSeconds: number;
	/** Peak of the summed RSS of the build's process tree (/proc, every 100 ms). */
	peakTreeMB: number;
	/** GNU time %M: the largest single process's max RSS. */
	maxRssMB: number | undefined;
	distBytes: number;
	distFiles: number;
	/** Pages and endpoints as Astro counts them. */
	pagesBuilt: number;
	searchIndexBytes: number;
	searchIndexFiles: number;
	medianColdGzipKB: number;
	medianWarmMs: number;
	/** Load average (1 min) just before the build (includes this benchmark's own previous step). */
	loadBefore: number;
	/** CPU seconds the build used, and that other processes used meanwhile (see runBuild.ts). */
	cpuSeconds: number | undefined;
	otherCpuSeconds: number | undefined;
	/** Where the build's time went (from Astro's log). */
	phases: BuildPhases;
	/** Render time of the most expensive page types. */
	routes: { route: string; pages: number; seconds: number }[];
	queries: QueryCost[];
	/** Why the search could not be measured, if it could not. */
	searchError?: string;
	/** Where the build lives when kept (BENCH_KEEP=1). */
	root?: string;
}

const MB = 1024 * 1024;

/** Synthesizes, builds, serves and measures one size; removes the root unless `keep` (CPU profiles land in <root>/cpu-profiles/). */
export async function benchSize(n: number, browser: Browser, options: { keep?: boolean; seed?: number; cpuProfile?: boolean } = {}): Promise<ScaleResult> {
	const site = makeSiteRoot(`scale-${n}`);
	try {
		const corpus = synthesizeCorpus(join(projectRoot, 'content'), site.contentDir, n, options.seed ?? 1);
		await waitForOtherBuilds();
		const loadBefore = loadAverage();
		console.log(`  ${n} records: building (load ${loadBefore}) …`);
		const nodeOptions = options.cpuProfile ? `--cpu-prof --cpu-prof-dir=${join(site.root, 'cpu-profiles')}` : undefined;
		const build = await runBuild(site.env, join(site.root, 'build.log'), { root: site.root, ...(nodeOptions ? { nodeOptions } : {}) });
		const dist = folderSize(site.outDir);
		const index = folderSize(join(site.outDir, 'search-index'));
		const others = build.otherCpuSeconds === undefined ? '' : `, other processes ${build.otherCpuSeconds.toFixed(0)} CPU s meanwhile`;
		console.log(`  ${n} records: built in ${(build.wallMs / 1000).toFixed(1)} s (${build.cpuSeconds?.toFixed(0) ?? '?'} CPU s${others}), peak ${(build.peakTreeRssBytes / MB).toFixed(0)} MB; measuring search …`);
		let queries: QueryCost[] = [];
		let searchError: string | undefined;
		try {
			queries = await measureQueries(site.env, site.root, browser);
		} catch (error) {
			searchError = (error as Error).message;
			console.log(`  ${n} records: search not measured: ${searchError.split('\n')[0]}`);
		}
		return {
			records: n,
			corpus,
			buildSeconds: build.wallMs / 1000,
			peakTreeMB: build.peakTreeRssBytes / MB,
			maxRssMB: build.maxRssBytes === undefined ? undefined : build.maxRssBytes / MB,
			distBytes: dist.bytes,
			distFiles: dist.files,
			pagesBuilt: build.pagesBuilt,
			searchIndexBytes: index.bytes,
			searchIndexFiles: index.files,
			medianColdGzipKB: median(answered(queries).map((q) => q.gzip)) / 1024,
			medianWarmMs: median(answered(queries).map((q) => q.warmMs)),
			loadBefore,
			cpuSeconds: build.cpuSeconds,
			otherCpuSeconds: build.otherCpuSeconds,
			phases: buildPhases(build.log),
			routes: routeTimes(build.log).slice(0, 10),
			queries,
			...(searchError ? { searchError } : {}),
			...(options.keep ? { root: site.root } : {}),
		};
	} finally {
		if (!options.keep) site.remove();
	}
}

const answered = (queries: QueryCost[]) => queries.filter((q) => !q.unanswered);

async function measureQueries(env: Record<string, string>, root: string, browser: Browser): Promise<QueryCost[]> {
	const preview = await startPreview(env, { root });
	try {
		const costs: QueryCost[] = [];
		for (const q of scaleQueries) costs.push(await measureQuery(browser, preview.origin, q, 'policy term'));
		return costs;
	} finally {
		preview.stop();
	}
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** The README table: one row per size. */
export function scaleTable(results: ScaleResult[]): string {
	const rows = results.map((r) => {
		const late = r.queries.length - answered(r.queries).length;
		const of = late ? ` (${late} of ${r.queries.length} queries never answered)` : '';
		return [
			r.records.toLocaleString('en-US'),
			r.buildSeconds.toFixed(1),
			r.peakTreeMB.toFixed(0),
			(r.distBytes / MB).toFixed(1),
			r.distFiles.toLocaleString('en-US'),
			r.pagesBuilt.toLocaleString('en-US'),
			(r.searchIndexBytes / MB).toFixed(1),
			r.queries.length ? `${fixed(r.medianColdGzipKB, 1)}${of}` : 'not measured',
			fixed(r.medianWarmMs, 2),
		].join(' | ');
	});
	return ['| size | build s | peak MB | dist MB | files | pages | index MB | cold query KB gz | warm ms |', '|---|---|---|---|---|---|---|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n');
}

/** Where the time goes, per size: the build's phases and its three most expensive page types. */
export function phaseTable(results: ScaleResult[]): string {
	const s = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));
	const rows = results.map((r) => {
		const p = r.phases;
		const top = r.routes
			.slice(0, 3)
			.map((t) => `${t.route} ${t.seconds.toFixed(0)} s`)
			.join(', ');
		return `| ${r.records.toLocaleString('en-US')} | ${s(p.syncSeconds)} | ${s(p.editionCheckSeconds)} | ${s(p.bundleSeconds)} | ${s(p.generateSeconds)} | ${s(p.afterGenerateSeconds)} | ${top} |`;
	});
	return ['| size | sync s | edition check s | bundle s | render s | after render s | costliest page types (render time) |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Sizes from BENCH_SIZES (e.g. "100,1000"), default 100, 1,000 and 5,000. */
export function benchSizes(): number[] {
	const raw = process.env.BENCH_SIZES ?? '100,1000,5000';
	if (raw.trim() === '') return [];
	return raw.split(',').map((s) => {
		const n = Number(s.trim().replace(/_/g, ''));
		if (!Number.isInteger(n) || n < 8) throw new Error(`BENCH_SIZES: "${s}" is not a whole number ≥ 8 (one copy of each real record)`);
		return n;
	});
}
