/**
 * The search on the real site: every query of the term list (tests/fixtures/search-terms.ts), each
 * in a fresh browser context, summarised per kind of query. Builds the site into dist/ first unless
 * MEASURE_SKIP_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { absentTerms, policyTerms, traditionalQueries, twoWordQueries } from '../../tests/fixtures/search-terms.ts';
import { waitForOtherBuilds } from './machine.ts';
import { measureQuery, type QueryCost } from './measureQuery.ts';
import { startPreview } from './preview.ts';
import { projectRoot } from './siteRoot.ts';
import { median } from './stats.ts';

export interface SearchRow {
	kind: string;
	queries: number;
	medianGzipKB: number;
	maxGzipKB: number;
	medianRawKB: number;
	medianRequests: number;
	medianWarmMs: number;
	maxWarmMs: number;
}

export interface SearchBench {
	rows: SearchRow[];
	queries: QueryCost[];
}

/** Builds (unless skipped) and serves the real site, and measures every query of the term list. */
export async function benchRealSearch(browser: Browser): Promise<SearchBench> {
	if (!process.env.MEASURE_SKIP_BUILD) {
		await waitForOtherBuilds();
		execFileSync('node_modules/.bin/astro', ['build'], { cwd: projectRoot, stdio: 'ignore' });
	}
	const preview = await startPreview({}, process.env.BENCH_PORT ? { port: Number(process.env.BENCH_PORT) } : {});
	try {
		const queries = [
			...policyTerms.map((q) => ({ q, kind: 'policy term' })),
			...twoWordQueries.map((q) => ({ q, kind: 'two words' })),
			...traditionalQueries.map((t) => ({ q: t.traditional, kind: 'traditional' })),
			...absentTerms.map((q) => ({ q, kind: 'absent' })),
		];
		const costs: QueryCost[] = [];
		for (const { q, kind } of queries) costs.push(await measureQuery(browser, preview.origin, q, kind));
		return { rows: summarise(costs), queries: costs };
	} finally {
		preview.stop();
	}
}

function summarise(costs: QueryCost[]): SearchRow[] {
	return ['all', 'policy term', 'two words', 'traditional', 'absent'].map((kind) => {
		const set = kind === 'all' ? costs : costs.filter((c) => c.kind === kind);
		return {
			kind,
			queries: set.length,
			medianGzipKB: median(set.map((c) => c.gzip)) / 1024,
			maxGzipKB: Math.max(...set.map((c) => c.gzip)) / 1024,
			medianRawKB: median(set.map((c) => c.raw)) / 1024,
			medianRequests: median(set.map((c) => c.requests)),
			medianWarmMs: median(set.map((c) => c.warmMs)),
			maxWarmMs: Math.max(...set.map((c) => c.warmMs)),
		};
	});
}

/** The README table of the real site's search. */
export function searchTable(rows: SearchRow[]): string {
	return [
		'| queries | n | median gzip KB | max gzip KB | median raw KB | median requests | warm median ms | warm max ms |',
		'|---|---|---|---|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${r.kind} | ${r.queries} | ${r.medianGzipKB.toFixed(1)} | ${r.maxGzipKB.toFixed(1)} | ${r.medianRawKB.toFixed(1)} | ${r.medianRequests} | ${r.medianWarmMs.toFixed(2)} | ${r.maxWarmMs.toFixed(2)} |`,
		),
	].join('\n');
}
