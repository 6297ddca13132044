/**
 * The benchmark (`npm run bench`): figures that are targets, not tests, measured in Debian's Chromium.
 *
 * For the real site (content/) and synthetic corpora of 100, 1,000 and 5,000 records made from it
 * (scripts/bench/synthesizeCorpus.ts), each built in a throwaway root under .bench/ (never the
 * project's dist/): build time, peak memory, output, Pagefind's index; then the search
 * (scripts/bench/searchBench.ts) for every query of the exactness list (the 96 guard queries of
 * tests/fixtures/search-terms.ts and the edge queries of tests/support/searchCorpus.ts): recall and
 * precision against substring search over the texts, what a cold query downloads in Chromium from the
 * first keystroke on /search/ (gzip), and the warm query time.
 *
 * Prints Markdown tables for the README (with the machine and date) and writes the figures to
 * .bench/bench-results.json (or BENCH_OUT).
 *   npm run bench
 *   BENCH_SIZES=1000 npm run bench          synthetic sizes ("" for none; default 100,1000,5000)
 *   BENCH_SKIP_SEARCH=1                     skip the real site
 *   MEASURE_SKIP_BUILD=1                    measure the project's existing dist/ as the real site (no build figures)
 *   BENCH_PARTITIONED=5000                  sizes also built as 2 partitions and a library build, merged and
 *                                           searched (partitionedBench.ts; default the largest size, "" for none)
 *   BENCH_KEEP=1                            keep the roots under .bench/ (to inspect or profile)
 *   BENCH_CPU_PROF=1                        write V8 CPU profiles of each build into its root
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeCode, describeMachine, type CodeVersion, type Machine } from './bench/machine.ts';
import { launchBrowser } from './bench/measureQuery.ts';
import { benchPartitioned, partitionTable, type PartitionedResult } from './bench/partitionedBench.ts';
import { benchExistingDist, benchReal, benchSize, benchSizes, corpusName, growthTable, isPartitioned, partitionedSizes, phaseTable, scaleTable, type CorpusResult } from './bench/scaleBench.ts';
import { pageSizeTable, pageTypeTable } from './bench/pageSizes.ts';
import { downloadTable, searchTable } from './bench/searchBench.ts';
import { projectRoot } from './bench/siteRoot.ts';

const out = process.env.BENCH_OUT ?? join(projectRoot, '.bench', 'bench-results.json');
const machine = describeMachine();
const browser = await launchBrowser();
const results: {
	machine: Machine;
	/** The code when the run started; each corpus records the code it built. */
	code: CodeVersion;
	chromium: string;
	corpora: CorpusResult[];
	failed: { corpus: string; error: string }[];
} = { machine, code: describeCode(), chromium: browser.version(), corpora: [], failed: [] };

function save() {
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}

function caption(): string {
	return `${machine.nproc} cores (${machine.cpu}), ${machine.ramGB} GB RAM, Node ${machine.node}, Chromium ${results.chromium}, ${machine.date}`;
}

async function run(label: string, measure: () => Promise<CorpusResult>) {
	try {
		const result = await measure();
		results.corpora.push(result);
		if (result.search) console.log(`\n${corpusName(result)}: search per kind of query\n\n${searchTable(result.search.rows)}\n`);
	} catch (error) {
		// A corpus that does not build (out of memory, say) is a result too; the others still run.
		results.failed.push({ corpus: label, error: (error as Error).message });
		console.log(`  ${label}: FAILED\n${(error as Error).message}`);
	}
	save();
}

try {
	const options = { keep: Boolean(process.env.BENCH_KEEP) || Boolean(process.env.BENCH_CPU_PROF), cpuProfile: Boolean(process.env.BENCH_CPU_PROF) };
	if (!process.env.BENCH_SKIP_SEARCH) {
		console.log('The real site …');
		await run('real', () => (process.env.MEASURE_SKIP_BUILD ? benchExistingDist(browser) : benchReal(browser, options)));
	}
	for (const n of benchSizes()) {
		console.log(`Scale: ${n} synthetic records …`);
		await run(String(n), () => benchSize(n, browser, options));
	}
	for (const n of partitionedSizes()) {
		console.log(`Beyond one machine: ${n} synthetic records in 2 partitions and a library build …`);
		await run(`${n} in 2 partitions`, () => benchPartitioned(n, browser, options));
	}
	if (results.corpora.length) {
		console.log(`\nBuild and search (${caption()}); peak MB = summed RSS of the build's process tree (Pagefind's indexer included), sampled from /proc every 100 ms; recall and precision: mean over the queries, all results; browser agrees: total and first 20 results in Chromium match the ground truth (aliases off); cold KB: downloads from the first keystroke on /search/, gzip; warm: the same words again with every file cached (answer and first 20 results; the page's memory of answers bypassed), without and with filter counts\n`);
		console.log(scaleTable(results.corpora));
		for (const r of results.corpora.filter(isPartitioned)) console.log(`\nBuilt in shares (one after another here; each could run on its own machine)\n\n${partitionTable(r as PartitionedResult)}`);
		if (results.corpora.filter((r) => r.build && r.label !== 'real' && !isPartitioned(r)).length > 1) console.log(`\nGrowth per added record\n\n${growthTable(results.corpora.filter((r) => r.label !== 'real'))}`);
		const withSearch = results.corpora.flatMap((r) => {
			const row = r.search?.rows.find((x) => x.kind === 'all');
			return row ? [{ label: corpusName(r), row }] : [];
		});
		if (withSearch.length) console.log(`\nWhat a cold query downloads (median gzip KB per kind of file)\n\n${downloadTable(withSearch)}`);
		console.log(`\nPage sizes (every HTML page; first view = the HTML and the stylesheets and scripts it loads, gzip)\n\n${pageSizeTable(results.corpora.map((r) => ({ label: corpusName(r), sizes: r.pageSizes })))}`);
		const largest = results.corpora.at(-1);
		if (largest) console.log(`\nThe heaviest page of each type at ${corpusName(largest)}\n\n${pageTypeTable(largest.pageSizes)}`);
		if (results.corpora.some((r) => r.build)) console.log(`\nWhere the build time goes (from Astro's log)\n\n${phaseTable(results.corpora)}`);
		// Other work on the machine during a build, as a share of its cores: its timing is shared with that.
		for (const r of results.corpora) {
			const b = r.build;
			if (b && (b.otherCpuSeconds ?? 0) / (b.buildSeconds * machine.nproc) > 0.05)
				console.log(`\nNote: during the ${corpusName(r)} build other processes used ${((100 * b.otherCpuSeconds!) / (b.buildSeconds * machine.nproc)).toFixed(0)}% of the ${machine.nproc} cores; its time is shared with that work.`);
		}
	}
	for (const f of results.failed) console.log(`\n${f.corpus} did not build: ${f.error.split('\n')[0]}`);
	console.log(`\nFigures in ${out}`);
} finally {
	await browser.close();
}
