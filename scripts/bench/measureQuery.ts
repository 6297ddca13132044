/**
 * What one search costs a reader, measured in Chromium: the bytes a cold query downloads from the
 * first keystroke (search code and every index file; the page itself is not counted), raw and
 * gzip-compressed as a static host would serve them, and the warm query time (the same query again,
 * engine and files cached).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../../tests/e2e/chromium.ts';
import { median } from './stats.ts';

export interface QueryCost {
	query: string;
	kind: string;
	requests: number;
	raw: number;
	gzip: number;
	warmMs: number;
	/** Records the engine returned. */
	hits: number;
	/** Time from typing the query until the answer shows (cold: nothing cached). */
	coldMs: number;
	/**
	 * Why the page never showed an answer (requests the browser refused, or the time limit), when it
	 * did not; bytes are then what had arrived.
	 */
	unanswered?: string;
}

/** How long a cold query may take before it is reported as timed out (a result, not a crash). */
const answerTimeoutMs = Number(process.env.BENCH_QUERY_TIMEOUT_MS ?? 180_000);

/** Debian's Chromium (or what tests/e2e/chromium.ts finds), headless, without background traffic. */
export async function launchBrowser(): Promise<Browser> {
	const found = findChromium();
	return chromium.launch({
		...(found ? { executablePath: found.path } : {}),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
	});
}

/** One cold query in a fresh context: bytes fetched from the first keystroke until the answer shows. */
export async function measureQuery(browser: Browser, origin: string, q: string, kind: string): Promise<QueryCost> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		const bodies: Promise<Buffer>[] = [];
		const failures = new Map<string, number>();
		let lastActivity = performance.now();
		page.on('request', () => (lastActivity = performance.now()));
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? 'failed';
			failures.set(reason, (failures.get(reason) ?? 0) + 1);
		});
		page.on('response', (response) => {
			lastActivity = performance.now();
			if (response.request().method() === 'GET') bodies.push(response.body().catch(() => Buffer.alloc(0)));
		});
		const typed = performance.now();
		await page.getByLabel('检索词').fill(q);
		const unanswered = await waitForAnswer(page, q, typed, failures, () => lastActivity);
		const coldMs = performance.now() - typed;
		if (unanswered) return { ...sizes(q, kind, await settledWithin(bodies, 5000)), warmMs: Number.NaN, hits: Number.NaN, coldMs, unanswered };
		await page.waitForLoadState('networkidle');
		const buffers = await Promise.all(bodies);
		const warm: number[] = [];
		let hits = 0;
		for (let i = 0; i < 15; i++) {
			const run = await page.evaluate(async (query) => {
				const start = performance.now();
				const results = await window.librarySearch!.search(query);
				return { ms: performance.now() - start, hits: results.results.length };
			}, q);
			warm.push(run.ms);
			hits = run.hits;
		}
		return { ...sizes(q, kind, buffers), warmMs: median(warm), hits, coldMs };
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
		await page.waitForTimeout(100);
	}
}

/** The bodies that arrive within `ms` (a refused request has none). */
function settledWithin(bodies: Promise<Buffer>[], ms: number): Promise<Buffer[]> {
	const empty = new Promise<Buffer>((resolve) => setTimeout(() => resolve(Buffer.alloc(0)), ms));
	return Promise.all(bodies.map((body) => Promise.race([body, empty])));
}

/** Requests and bytes of the responses, raw and each gzip-compressed as a static host would serve it. */
function sizes(query: string, kind: string, buffers: Buffer[]): Pick<QueryCost, 'query' | 'kind' | 'requests' | 'raw' | 'gzip'> {
	return {
		query,
		kind,
		requests: buffers.length,
		raw: buffers.reduce((n, b) => n + b.length, 0),
		gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0),
	};
}
