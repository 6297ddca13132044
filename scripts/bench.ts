/**
 * The benchmark (`npm run bench`): figures that are targets, not tests, measured in Debian's Chromium.
 *
 * 1. Search on the real site (scripts/bench/searchBench.ts): builds dist/, serves it with
 *    `astro preview`, and measures every query of the term list: bytes per cold query (raw and gzip)
 *    and the warm query time.
 * 2. Scale (scripts/bench/scaleBench.ts): synthetic corpora of 100, 1,000 and 5,000 records made from
 *    the real ones, each built in a throwaway root under .bench/: build time, peak memory, output and
 *    index size, pages, and the search's cold bytes and warm time for a few policy terms.
 *
 * Prints Markdown tables for the README (with the machine and date) and writes the figures to
 * dist/bench-results.json (or BENCH_OUT).
 *   npm run bench
 *   BENCH_SIZES=100,1000 npm run bench      sizes to build ("" for none)
 *   BENCH_SKIP_SEARCH=1                     skip the real site's search (1.)
 *   MEASURE_SKIP_BUILD=1                    reuse dist/ for (1.)
 *   BENCH_KEEP=1                            keep the synthetic roots under .bench/ (to inspect or profile)
 *   BENCH_CPU_PROF=1                        write V8 CPU profiles of each scale build into its root
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeMachine, type Machine } from './bench/machine.ts';
import { launchBrowser } from './bench/measureQuery.ts';
import { benchSize, benchSizes, phaseTable, scaleTable, type ScaleResult } from './bench/scaleBench.ts';
import { benchRealSearch, searchTable, type SearchBench } from './bench/searchBench.ts';
import { projectRoot } from './bench/siteRoot.ts';

const out = process.env.BENCH_OUT ?? join(projectRoot, 'dist', 'bench-results.json');
const machine = describeMachine();
const browser = await launchBrowser();
const results: {
	machine: Machine;
	code: { commit: string; uncommitted: string[] };
	chromium: string;
	search?: SearchBench;
	scale: ScaleResult[];
	failed: { records: number; error: string }[];
} = { machine, code: describeCode(), chromium: browser.version(), scale: [], failed: [] };

/** Which code was measured: the commit and any uncommitted change to what the build uses. */
function describeCode(): { commit: string; uncommitted: string[] } {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
	try {
		const uncommitted = git('status', '--porcelain', '--', 'src', 'public', 'content', 'astro.config.mjs', 'package.json');
		return { commit: git('rev-parse', 'HEAD'), uncommitted: uncommitted ? uncommitted.split('\n') : [] };
	} catch {
		return { commit: 'unknown (no git)', uncommitted: [] };
	}
}

function save() {
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}

function caption(): string {
	return `${machine.nproc} cores (${machine.cpu}), ${machine.ramGB} GB RAM, Node ${machine.node}, Chromium ${results.chromium}, ${machine.date}`;
}

try {
	if (!process.env.BENCH_SKIP_SEARCH) {
		console.log('Search on the real site …');
		results.search = await benchRealSearch(browser);
		save();
		console.log(`\nSearch cost per cold query (${caption()})\n\n${searchTable(results.search.rows)}\n`);
	}
	for (const n of benchSizes()) {
		console.log(`Scale: ${n} synthetic records …`);
		const cpuProfile = Boolean(process.env.BENCH_CPU_PROF);
		try {
			results.scale.push(await benchSize(n, browser, { keep: Boolean(process.env.BENCH_KEEP) || cpuProfile, cpuProfile }));
		} catch (error) {
			// A size that does not build (out of memory, say) is a result too; the other sizes still run.
			results.failed.push({ records: n, error: (error as Error).message });
			console.log(`  ${n} records: FAILED\n${(error as Error).message}`);
		}
		save();
	}
	if (results.scale.length) {
		console.log(`\nBuild and search at scale: synthetic records (${caption()}); peak MB = summed RSS of the build's process tree, sampled from /proc every 100 ms\n`);
		console.log(scaleTable(results.scale));
		console.log(`\nWhere the build time goes (from Astro's log)\n\n${phaseTable(results.scale)}`);
		// Other work on the machine during a build, as a share of its cores: its timing is shared with that.
		const shared = results.scale.filter((r) => (r.otherCpuSeconds ?? 0) / (r.buildSeconds * machine.nproc) > 0.05);
		for (const r of shared)
			console.log(`\nNote: during the ${r.records}-record build other processes used ${((100 * r.otherCpuSeconds!) / (r.buildSeconds * machine.nproc)).toFixed(0)}% of the ${machine.nproc} cores; its time is shared with that work.`);
	}
	for (const f of results.failed) console.log(`\n${f.records} records did not build: ${f.error.split('\n')[0]}`);
	console.log(`\nFigures in ${out}`);
} finally {
	await browser.close();
}
