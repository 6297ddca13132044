/**
 * The benchmark (`npm run bench`): figures that are targets, not tests. Builds the site, serves it
 * with `astro preview`, and measures in Debian's Chromium:
 *
 * - search, per query of the term list (tests/fixtures/search-terms.ts), in a fresh browser context:
 *   the bytes a cold query downloads once the reader starts searching (the search code and every
 *   index file it fetches; the page itself is not counted), raw and gzip-compressed as a static host
 *   would serve them; and the warm query time (the same query again, engine and files cached).
 *
 * Prints a Markdown table for the README and writes bench-results.json next to the build (dist/).
 *   npm run bench            (MEASURE_SKIP_BUILD=1 to reuse dist/)
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { absentTerms, policyTerms, traditionalQueries, twoWordQueries } from '../tests/fixtures/search-terms.ts';
import { findChromium } from '../tests/e2e/chromium.ts';

const port = Number(process.env.BENCH_PORT ?? 4471);
const origin = `http://127.0.0.1:${port}`;

if (!process.env.MEASURE_SKIP_BUILD) execFileSync('node_modules/.bin/astro', ['build'], { stdio: 'ignore' });
const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
const found = findChromium();
const browser = await chromium.launch({
	...(found ? { executablePath: found.path } : {}),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface QueryCost {
	query: string;
	kind: string;
	requests: number;
	raw: number;
	gzip: number;
	warmMs: number;
}

try {
	await waitForServer();
	const queries = [
		...policyTerms.map((q) => ({ q, kind: 'policy term' })),
		...twoWordQueries.map((q) => ({ q, kind: 'two words' })),
		...traditionalQueries.map((t) => ({ q: t.traditional, kind: 'traditional' })),
		...absentTerms.map((q) => ({ q, kind: 'absent' })),
	];
	const costs: QueryCost[] = [];
	for (const { q, kind } of queries) costs.push(await measureQuery(q, kind));

	const rows = ['all', 'policy term', 'two words', 'traditional', 'absent'].map((kind) => {
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
	const chromiumVersion = browser.version();
	console.log(`\nSearch cost per cold query (Chromium ${chromiumVersion}, ${new Date().toISOString().slice(0, 10)})\n`);
	console.log('| queries | n | median gzip KB | max gzip KB | median raw KB | median requests | warm median ms | warm max ms |');
	console.log('|---|---|---|---|---|---|---|---|');
	for (const r of rows)
		console.log(
			`| ${r.kind} | ${r.queries} | ${r.medianGzipKB.toFixed(1)} | ${r.maxGzipKB.toFixed(1)} | ${r.medianRawKB.toFixed(1)} | ${r.medianRequests} | ${r.medianWarmMs.toFixed(2)} | ${r.maxWarmMs.toFixed(2)} |`,
		);
	writeFileSync('dist/bench-results.json', `${JSON.stringify({ chromium: chromiumVersion, search: { rows, queries: costs } }, null, 2)}\n`);
} finally {
	await browser.close();
	server.kill();
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`astro preview did not start on ${origin}`);
}

/** One cold query in a fresh context: bytes fetched from the first keystroke until the answer shows. */
async function measureQuery(q: string, kind: string): Promise<QueryCost> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().method() === 'GET') bodies.push(response.body().catch(() => Buffer.alloc(0)));
	});
	await page.getByLabel('检索词').fill(q);
	await page.waitForFunction((query) => document.getElementById('search-results')?.dataset.query === query, q, { timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	const buffers = await Promise.all(bodies);
	const warm: number[] = [];
	for (let i = 0; i < 15; i++)
		warm.push(
			await page.evaluate(async (query) => {
				const start = performance.now();
				await window.librarySearch!.search(query);
				return performance.now() - start;
			}, q),
		);
	await context.close();
	return {
		query: q,
		kind,
		requests: buffers.length,
		raw: buffers.reduce((n, b) => n + b.length, 0),
		gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0),
		warmMs: median(warm),
	};
}
