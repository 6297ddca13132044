/**
 * What one search costs a reader, measured in Chromium on /search/: the bytes a cold query downloads
 * from the first keystroke until the answer shows (the search page's code, Pagefind's pagefind.js and
 * WebAssembly, its meta, index and filter chunks, the fragments of the first results the page shows,
 * the glossary /search/terms.json, and OpenCC when a query needs it; the page itself is loaded before
 * and not counted), raw and compressed
 * as a static host serves them, and the warm query time (the same words again, files cached: the
 * answer and its first 20 results, without and with filter counts). The page's JS API (`window.librarySearch`) then answers
 * the query with aliases off, for the benchmark to check against the ground truth.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../../tests/e2e/chromium.ts';
import { median } from './stats.ts';

/** What a cold query's downloads are, by kind of file. */
export const fileKinds = ['page code', 'pagefind.js', 'wasm', 'meta', 'index', 'filter', 'fragment', 'glossary', 'opencc', 'other'] as const;
export type FileKind = (typeof fileKinds)[number];

export interface QueryCost {
	query: string;
	kind: string;
	requests: number;
	raw: number;
	/** Bytes served, each file gzip-compressed unless that makes it larger (Pagefind's files are gzip already). */
	gzip: number;
	/** `gzip` by kind of file. */
	gzipByKind: Partial<Record<FileKind, number>>;
	/** Each download: path and bytes served (for the JSON figures). */
	files: { path: string; gzip: number }[];
	/**
	 * Median of the warm runs, ms: a fresh answer for the same words and its first 20 results, every
	 * file cached, as the page asks (no filter counts). The query is varied by trailing spaces (same
	 * words) so that the page's memory of answers does not serve it: the engine's time, not a lookup.
	 */
	warmMs: number;
	warmRuns: number;
	/** The same with filter counts, as when the reader has opened the filters. */
	warmCountsMs: number;
	/** Time from typing the query until the answer shows (cold: nothing cached). */
	coldMs: number;
	/** The page's JS API with aliases off: total and the ids of the first 20 results. */
	exact?: { total: number; firstIds: string[] };
	/**
	 * Why the page never showed an answer (requests the browser refused, or the time limit), when it
	 * did not; bytes are then what had arrived.
	 */
	unanswered?: string;
}

/** How long a cold query may take before it is reported as timed out (a result, not a crash). */
const answerTimeoutMs = Number(process.env.BENCH_QUERY_TIMEOUT_MS ?? 180_000);
/** Warm runs: at least 3, at most 15, and no more once 3 s have been spent. */
const warmRuns = { min: 3, max: 15, budgetMs: 3000 };

/** Debian's Chromium (or what tests/e2e/chromium.ts finds), headless, without background traffic. */
export async function launchBrowser(): Promise<Browser> {
	const found = findChromium();
	return chromium.launch({
		...(found ? { executablePath: found.path } : {}),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
	});
}

/** The kind of a downloaded file, from its path. */
export function fileKind(path: string): FileKind {
	// Every part of the index: /pagefind/, /pagefind-2/ … (src/lib/searchIndexParts.ts).
	if (/^\/pagefind(-\d+)?\//.test(path)) {
		if (path.endsWith('/pagefind.js')) return 'pagefind.js';
		if (path.endsWith('.pagefind')) return 'wasm';
		if (path.endsWith('.pf_meta') || path.endsWith('/pagefind-entry.json')) return 'meta';
		if (path.endsWith('.pf_index')) return 'index';
		if (path.endsWith('.pf_filter')) return 'filter';
		if (path.endsWith('.pf_fragment')) return 'fragment';
		return 'other';
	}
	if (path === '/search/terms.json') return 'glossary';
	if (path === '/search/traditional.json' || /opencc|simplifyQuery/i.test(path)) return 'opencc';
	if (path.startsWith('/_astro/')) return 'page code';
	return 'other';
}

/** One cold query in a fresh context: bytes fetched from the first keystroke until the answer shows. */
export async function measureQuery(browser: Browser, origin: string, q: string, kind: string): Promise<QueryCost> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		const bodies: Promise<{ path: string; body: Buffer }>[] = [];
		const failures = new Map<string, number>();
		let lastActivity = performance.now();
		page.on('request', () => (lastActivity = performance.now()));
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? 'failed';
			failures.set(reason, (failures.get(reason) ?? 0) + 1);
		});
		page.on('response', (response) => {
			lastActivity = performance.now();
			if (response.request().method() !== 'GET') return;
			const path = new URL(response.url()).pathname;
			if (path === '/favicon.svg' || path === '/favicon.ico') return; // the page's icon, whenever Chromium asks for it
			bodies.push(response.body().then((body) => ({ path, body }), () => ({ path, body: Buffer.alloc(0) })));
		});
		const typed = performance.now();
		await page.getByLabel('检索词').fill(q);
		const unanswered = await waitForAnswer(page, q, typed, failures, () => lastActivity);
		const coldMs = performance.now() - typed;
		if (unanswered) return { ...sizes(q, kind, await settledWithin(bodies, 5000)), warmMs: Number.NaN, warmRuns: 0, warmCountsMs: Number.NaN, coldMs, unanswered };
		const files = await Promise.all(bodies);
		const warmTimes = (counts: boolean) =>
			page.evaluate(
				async ([query, runs, counts]) => {
					const times: number[] = [];
					const started = performance.now();
					while (times.length < runs.min || (times.length < runs.max && performance.now() - started < runs.budgetMs)) {
						const spaces = ' '.repeat(times.length + 1);
						const start = performance.now();
						const answer = await window.librarySearch!.search(counts ? `${spaces}${query}` : `${query}${spaces}`, { counts });
						await answer.load(0, 20);
						times.push(performance.now() - start);
					}
					return times;
				},
				[q, warmRuns, counts] as const,
			);
		const warm = await warmTimes(false);
		const warmCounts = await warmTimes(true);
		const exact = await page.evaluate(async (query) => {
			const answer = await window.librarySearch!.search(query, { aliases: false, counts: false });
			return { total: answer.total, firstIds: (await answer.load(0, 20)).map((r) => r.id) };
		}, q);
		return { ...sizes(q, kind, files), warmMs: median(warm), warmRuns: warm.length, warmCountsMs: median(warmCounts), coldMs, exact };
	} finally {
		await context.close();
	}
}

/**
 * Waits until the results list shows the query; returns why not when it never will: some requests
 * failed and the network has been quiet for 3 s (the page has given up), or the time limit passed.
 */
async function waitForAnswer(page: Page, q: string, typed: number, failures: Map<string, number>, lastActivity: () => number): Promise<string | undefined> {
	for (;;) {
		if (await page.evaluate((query) => document.getElementById('search-results')?.dataset.query === query, q)) return undefined;
		const now = performance.now();
		if (failures.size > 0 && now - lastActivity() > 3000)
			return `no answer: the browser refused ${[...failures].map(([reason, n]) => `${n} requests (${reason})`).join(', ')}`;
		if (now - typed > answerTimeoutMs) return `no answer within ${answerTimeoutMs / 1000} s`;
		await page.waitForTimeout(50);
	}
}

type File = { path: string; body: Buffer };

/** The files that arrive within `ms` (a refused request has none). */
function settledWithin(files: Promise<File>[], ms: number): Promise<File[]> {
	const empty = new Promise<File>((resolve) => setTimeout(() => resolve({ path: '', body: Buffer.alloc(0) }), ms));
	return Promise.all(files.map((file) => Promise.race([file, empty])));
}

/** Requests and bytes of the responses, raw and as served compressed. */
function sizes(query: string, kind: string, files: File[]): Pick<QueryCost, 'query' | 'kind' | 'requests' | 'raw' | 'gzip' | 'gzipByKind' | 'files'> {
	const gzipByKind: Partial<Record<FileKind, number>> = {};
	const list: QueryCost['files'] = [];
	let raw = 0;
	let gzip = 0;
	for (const { path, body } of files) {
		const served = Math.min(body.length, gzipSync(body).length);
		raw += body.length;
		gzip += served;
		const k = fileKind(path);
		gzipByKind[k] = (gzipByKind[k] ?? 0) + served;
		list.push({ path, gzip: served });
	}
	return { query, kind, requests: files.length, raw, gzip, gzipByKind, files: list };
}
