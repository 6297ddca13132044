/**
 * The search of one built site: recall and precision of every query of the exactness list over the
 * site's Pagefind files (searchQuality.ts), then each query cold in a fresh Chromium context on
 * `astro preview` and warm (measureQuery.ts), with the browser's own answer checked against the same
 * ground truth (the total and the first 20 results, aliases off). Summarised per kind of query.
 */
import type { Browser } from '@playwright/test';
import { expectedIds, exactnessQueries, type CorpusRecord } from '../../tests/support/searchCorpus.ts';
import { fileKinds, measureQuery, type FileKind, type QueryCost } from './measureQuery.ts';
import { startPreview } from './preview.ts';
import { measureQuality, precision, recall, type QueryQuality } from './searchQuality.ts';
import { median } from './stats.ts';

export interface SearchRow {
	kind: string;
	queries: number;
	/** Mean over the queries of recall and precision (1 = every query exact). */
	recall: number;
	precision: number;
	/** Queries whose answer is exactly the expected records. */
	exact: number;
	/** Queries whose answer in the browser (total and first 20 results) agrees with the ground truth. */
	browserAgrees: number;
	/** Queries measured in the browser (answered). */
	measured: number;
	medianGzipKB: number;
	maxGzipKB: number;
	medianRawKB: number;
	medianRequests: number;
	medianColdMs: number;
	medianWarmMs: number;
	maxWarmMs: number;
	/** Warm with filter counts (the reader has opened the filters). */
	medianWarmCountsMs: number;
	maxWarmCountsMs: number;
	/** Median gzip KB per kind of file over the queries. */
	medianKBByKind: Partial<Record<FileKind, number>>;
}

export interface SearchBench {
	rows: SearchRow[];
	quality: QueryQuality[];
	queries: (QueryCost & { browserAgrees: boolean })[];
}

/** Where the site is: its build folder (with pagefind/) and how to serve it. */
export interface ServedSite {
	outDir: string;
	env: Record<string, string>;
	root?: string;
}

/** Measures the search of a built site against the records it was built from. */
export async function benchSearch(browser: Browser, site: ServedSite, records: readonly CorpusRecord[], log: (line: string) => void = () => {}): Promise<SearchBench> {
	log(`recall and precision of ${exactnessQueries.length} queries (Node, over the index in ${site.outDir}) …`);
	const quality = await measureQuality(site.outDir, records);
	const preview = await startPreview(site.env, { ...(site.root ? { root: site.root } : {}), ...(process.env.BENCH_PORT ? { port: Number(process.env.BENCH_PORT) } : {}) });
	const queries: SearchBench['queries'] = [];
	try {
		log(`cold and warm queries in Chromium (${preview.origin}) …`);
		for (const { q, kind, truth } of exactnessQueries) {
			const cost = await measureQuery(browser, preview.origin, q, kind);
			queries.push({ ...cost, browserAgrees: agrees(cost, expectedIds(truth, records)) });
		}
	} finally {
		preview.stop();
	}
	return { rows: summarise(quality, queries), quality, queries };
}

/** The browser's answer (aliases off) has the expected total, and its first page holds expected records only. */
function agrees(cost: QueryCost, expected: string[]): boolean {
	if (!cost.exact) return false;
	const set = new Set(expected);
	return cost.exact.total === expected.length && cost.exact.firstIds.length === Math.min(20, expected.length) && cost.exact.firstIds.every((id) => set.has(id));
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

function summarise(quality: QueryQuality[], costs: SearchBench['queries']): SearchRow[] {
	const kinds = ['all', ...new Set(quality.map((q) => q.kind))];
	return kinds.map((kind) => {
		const qs = kind === 'all' ? quality : quality.filter((q) => q.kind === kind);
		const all = kind === 'all' ? costs : costs.filter((c) => c.kind === kind);
		const set = all.filter((c) => !c.unanswered);
		return {
			kind,
			queries: qs.length,
			recall: mean(qs.map(recall)),
			precision: mean(qs.map(precision)),
			exact: qs.filter((q) => q.correct === q.expected && q.returned === q.expected).length,
			browserAgrees: all.filter((c) => c.browserAgrees).length,
			measured: set.length,
			medianGzipKB: median(set.map((c) => c.gzip)) / 1024,
			maxGzipKB: Math.max(...set.map((c) => c.gzip)) / 1024,
			medianRawKB: median(set.map((c) => c.raw)) / 1024,
			medianRequests: median(set.map((c) => c.requests)),
			medianColdMs: median(set.map((c) => c.coldMs)),
			medianWarmMs: median(set.map((c) => c.warmMs)),
			maxWarmMs: Math.max(...set.map((c) => c.warmMs)),
			medianWarmCountsMs: median(set.map((c) => c.warmCountsMs)),
			maxWarmCountsMs: Math.max(...set.map((c) => c.warmCountsMs)),
			medianKBByKind: Object.fromEntries(fileKinds.map((k) => [k, median(set.map((c) => c.gzipByKind[k] ?? 0)) / 1024]).filter(([, kb]) => (kb as number) > 0)),
		};
	});
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const percent = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(x === 1 ? 0 : 2)}%` : '–');

/** One corpus's search, per kind of query. */
export function searchTable(rows: SearchRow[]): string {
	return [
		'| queries | n | recall | precision | exact | browser agrees | cold KB gz median | cold KB gz max | median raw KB | median requests | cold ms median | warm ms median | warm ms max | warm ms with counts, median | with counts, max |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${r.kind} | ${r.queries} | ${percent(r.recall)} | ${percent(r.precision)} | ${r.exact}/${r.queries} | ${r.browserAgrees}/${r.queries} | ${fixed(r.medianGzipKB, 1)} | ${fixed(r.maxGzipKB, 1)} | ${fixed(r.medianRawKB, 1)} | ${fixed(r.medianRequests, 0)} | ${fixed(r.medianColdMs, 0)} | ${fixed(r.medianWarmMs, 1)} | ${fixed(r.maxWarmMs, 1)} | ${fixed(r.medianWarmCountsMs, 1)} | ${fixed(r.maxWarmCountsMs, 1)} |`,
		),
	].join('\n');
}

/** What a cold query downloads, by kind of file (median gzip KB over all queries). */
export function downloadTable(sites: { label: string; row: SearchRow }[]): string {
	const kinds = fileKinds.filter((k) => sites.some((s) => (s.row.medianKBByKind[k] ?? 0) > 0));
	return [
		`| corpus | ${kinds.join(' | ')} | total (median) |`,
		`|---|${kinds.map(() => '---|').join('')}---|`,
		...sites.map((s) => `| ${s.label} | ${kinds.map((k) => fixed(s.row.medianKBByKind[k] ?? 0, 1)).join(' | ')} | ${fixed(s.row.medianGzipKB, 1)} |`),
	].join('\n');
}
