/**
 * Baseline: how well the site's Pagefind index answers the search term list
 * (tests/fixtures/search-terms.ts), and what a cold query costs in bytes.
 *
 * Assumes `LIBRARY_PAGEFIND=1 npm run build` has run (dist/pagefind/ exists; the normal build has no Pagefind index). Starts `astro preview` on 127.0.0.1:4455
 * (MEASURE_PORT to change), or uses MEASURE_BASE_URL when given (then starts nothing). For every query,
 * in two modes (default `q` and quoted phrase `"q"`), opens a fresh browser context (cold cache), loads a
 * blank page on the site's origin, imports /pagefind/pagefind.js, searches, loads every result's data,
 * and sums the bytes of every response (Pagefind's script, worker, wasm, metadata, index chunks,
 * fragments). Results are compared with the ground truth of `expectedRecords` (record id ↔ /cases/<id>/).
 *
 *   node scripts/measure-pagefind.ts [--verbose] [--json-out file.json]
 *
 * Prints a table and the misses/extras per mode, then a JSON summary (last line of stdout).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Request } from '@playwright/test';
import {
	absentTerms,
	expectedRecords,
	loadRecordTexts,
	policyTerms,
	traditionalQueries,
	twoWordQueries,
	type RecordText,
} from '../tests/fixtures/search-terms.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, process.env.LIBRARY_OUT_DIR ?? 'dist');
const port = Number(process.env.MEASURE_PORT ?? 4455);
const givenBaseUrl = process.env.MEASURE_BASE_URL?.replace(/\/$/, '');
const baseUrl = givenBaseUrl ?? `http://127.0.0.1:${port}`;
const verbose = process.argv.includes('--verbose');
const jsonOutIndex = process.argv.indexOf('--json-out');
const jsonOut = jsonOutIndex > 0 ? process.argv[jsonOutIndex + 1] : undefined;

const SERVER_START_TIMEOUT_MS = 60_000;
const QUERY_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 5_000;
/** A failed query (server error, 404 while dist/ is being rebuilt) is run again, up to this many times in all. */
const ATTEMPTS = 4;
const RETRY_DELAY_MS = 3_000;
const OVERALL_TIMEOUT_MS = 15 * 60_000;
/** A page on the site's origin with nothing on it: served by the browser-side route, never by the server. */
const BLANK_PATH = '/__measure-pagefind-blank__/';

type ListName = 'policy' | 'twoWord' | 'traditional' | 'absent';
type Mode = 'default' | 'quoted';
const modes: Mode[] = ['default', 'quoted'];

interface Query {
	list: ListName;
	/** What is typed into the search box (before quoting). */
	text: string;
	/** The ground truth: sorted record ids whose text contains every word (of the simplified form for traditional queries). */
	expected: string[];
}

interface QueryResult {
	list: ListName;
	mode: Mode;
	query: string;
	searched: string;
	expected: string[];
	/** Record ids returned, in Pagefind's order; URLs that are not record pages are kept as URLs. */
	returned: string[];
	missing: string[];
	extra: string[];
	/** Sum of the response bodies (as received) of every request made for this query. */
	bodyBytes: number;
	/** Response bodies plus response headers, as the network layer counted them. */
	transferBytes: number;
	requests: number;
	urls: string[];
	error?: string;
	ms: number;
	/** 1 unless earlier attempts failed (e.g. a 404 while someone rebuilt dist/). */
	attempts: number;
}

// ---------------------------------------------------------------------------------------------
// Server

let server: ChildProcess | undefined;
let serverLog = '';
let browser: Browser | undefined;

async function isUp(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
		await response.arrayBuffer();
		return response.ok;
	} catch {
		return false;
	}
}

async function startServer(): Promise<void> {
	if (await isUp(`${baseUrl}/pagefind/pagefind-entry.json`))
		throw new Error(`something already serves ${baseUrl}; stop it or set MEASURE_PORT / MEASURE_BASE_URL`);
	const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	if (!existsSync(astroBin)) throw new Error(`astro not installed (${astroBin}); run npm install`);
	server = spawn(process.execPath, [astroBin, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group, so stopping it also stops anything it started.
		detached: true,
	});
	const collect = (chunk: Buffer) => {
		serverLog = (serverLog + chunk.toString()).slice(-20_000);
	};
	server.stdout?.on('data', collect);
	server.stderr?.on('data', collect);
	let exited: string | undefined;
	server.once('exit', (code, signal) => {
		exited = `astro preview exited (code ${code}, signal ${signal})`;
	});
	const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (exited) throw new Error(`${exited}\n${serverLog}`);
		if (await isUp(`${baseUrl}/pagefind/pagefind-entry.json`)) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`astro preview did not answer on ${baseUrl} within ${SERVER_START_TIMEOUT_MS / 1000} s\n${serverLog}`);
}

async function stopServer(): Promise<void> {
	const child = server;
	server = undefined;
	if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const kill = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal);
		} catch {
			// Already gone.
		}
	};
	kill('SIGTERM');
	const timer = setTimeout(() => kill('SIGKILL'), 5_000);
	await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
	clearTimeout(timer);
}

/** Last-resort cleanup when the process is leaving without going through `finally` (signals, crashes). */
function stopServerNow(): void {
	if (server?.pid && server.exitCode === null) {
		try {
			process.kill(-server.pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
}

process.on('exit', stopServerNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		stopServerNow();
		process.exit(130);
	});
}

// ---------------------------------------------------------------------------------------------
// One cold query

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Record id for a result URL: /cases/<id>/ → <id>; anything else is returned as the URL itself. */
function recordIdOf(url: string): string {
	const path = new URL(url, baseUrl).pathname;
	const match = path.match(/^\/cases\/([^/]+)\/?$/);
	return match ? decodeURIComponent(match[1]!) : path;
}

async function runQuery(b: Browser, query: Query, mode: Mode): Promise<QueryResult> {
	const searched = mode === 'quoted' ? `"${query.text}"` : query.text;
	const started = Date.now();
	const context = await b.newContext({ serviceWorkers: 'block' });
	const sizes: Promise<{ body: number; transfer: number; url: string }>[] = [];
	let inFlight = 0;
	const track = (request: Request, finished: boolean) => {
		inFlight--;
		sizes.push(
			(async () => {
				const url = request.url();
				if (!finished) return { body: 0, transfer: 0, url: `FAILED ${url}` };
				const [response, measured] = await Promise.all([request.response(), request.sizes().catch(() => undefined)]);
				const body = response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
				const transfer = measured ? measured.responseBodySize + measured.responseHeadersSize : body;
				return { body, transfer, url };
			})(),
		);
	};
	context.on('request', (request) => {
		if (!request.url().includes(BLANK_PATH)) inFlight++;
	});
	context.on('requestfinished', (request) => {
		if (!request.url().includes(BLANK_PATH)) track(request, true);
	});
	context.on('requestfailed', (request) => {
		if (!request.url().includes(BLANK_PATH)) track(request, false);
	});
	try {
		await context.route(`**${BLANK_PATH}`, (route) =>
			route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="zh-CN"><title>blank</title></html>' }),
		);
		const page = await context.newPage();
		page.setDefaultTimeout(QUERY_TIMEOUT_MS);
		await page.goto(baseUrl + BLANK_PATH);
		const urls = await withTimeout(
			page.evaluate(
				async ({ moduleUrl, term }) => {
					const pf = await import(moduleUrl);
					await pf.init?.();
					const search = await pf.search(term);
					if (!search) return [];
					const data: { url: string }[] = await Promise.all(search.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()));
					return data.map((d) => d.url);
				},
				{ moduleUrl: '/pagefind/pagefind.js', term: searched },
			),
			QUERY_TIMEOUT_MS,
			`search ${searched}`,
		);
		// Let late requests (if any) finish before totalling.
		const settleDeadline = Date.now() + SETTLE_TIMEOUT_MS;
		while (inFlight > 0 && Date.now() < settleDeadline) await new Promise((resolve) => setTimeout(resolve, 20));
		const measured = await withTimeout(Promise.all(sizes), SETTLE_TIMEOUT_MS, 'response sizes');
		const returned = urls.map(recordIdOf);
		return {
			list: query.list,
			mode,
			query: query.text,
			searched,
			expected: query.expected,
			returned,
			missing: query.expected.filter((id) => !returned.includes(id)),
			extra: returned.filter((id) => !query.expected.includes(id)),
			bodyBytes: measured.reduce((sum, m) => sum + m.body, 0),
			transferBytes: measured.reduce((sum, m) => sum + m.transfer, 0),
			requests: measured.length,
			urls: measured.map((m) => new URL(m.url.replace(/^FAILED /, ''), baseUrl).pathname),
			ms: Date.now() - started,
			attempts: 1,
		};
	} catch (error) {
		return {
			list: query.list,
			mode,
			query: query.text,
			searched,
			expected: query.expected,
			returned: [],
			missing: query.expected,
			extra: [],
			bodyBytes: 0,
			transferBytes: 0,
			requests: 0,
			urls: [],
			error: (error as Error).message.split('\n')[0] ?? String(error),
			ms: Date.now() - started,
			attempts: 1,
		};
	} finally {
		await withTimeout(context.close(), 10_000, 'close context').catch(() => undefined);
	}
}

// ---------------------------------------------------------------------------------------------
// Summaries

function buildQueries(records: RecordText[]): Query[] {
	return [
		...policyTerms.map((text) => ({ list: 'policy' as const, text, expected: expectedRecords(text, records) })),
		...twoWordQueries.map((text) => ({ list: 'twoWord' as const, text, expected: expectedRecords(text, records) })),
		...traditionalQueries.map((q) => ({ list: 'traditional' as const, text: q.traditional, expected: expectedRecords(q.simplified, records) })),
		...absentTerms.map((text) => ({ list: 'absent' as const, text, expected: expectedRecords(text, records) })),
	];
}

function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

interface Scores {
	queries: number;
	/** Σ found ∩ expected / Σ expected (pages). */
	recall: number | null;
	/** Σ returned pages containing every word / Σ returned pages. */
	precision: number | null;
	expectedPages: number;
	foundPages: number;
	returnedPages: number;
	/** Queries returning at least one page that does not contain every word. */
	queriesWithWrongPage: number;
	/** Queries missing at least one page that contains every word. */
	queriesWithMissedPage: number;
	/** Queries answered exactly (same set of pages). */
	queriesExact: number;
	errors: number;
}

function score(results: QueryResult[]): Scores {
	const expectedPages = results.reduce((s, r) => s + r.expected.length, 0);
	const returnedPages = results.reduce((s, r) => s + r.returned.length, 0);
	const foundPages = results.reduce((s, r) => s + r.returned.filter((id) => r.expected.includes(id)).length, 0);
	return {
		queries: results.length,
		recall: expectedPages ? foundPages / expectedPages : null,
		precision: returnedPages ? foundPages / returnedPages : null,
		expectedPages,
		foundPages,
		returnedPages,
		queriesWithWrongPage: results.filter((r) => r.extra.length > 0).length,
		queriesWithMissedPage: results.filter((r) => r.missing.length > 0).length,
		queriesExact: results.filter((r) => r.missing.length === 0 && r.extra.length === 0 && !r.error).length,
		errors: results.filter((r) => r.error).length,
	};
}

function summarise(results: QueryResult[], mode: Mode) {
	const ofMode = results.filter((r) => r.mode === mode);
	const ofList = (list: ListName) => ofMode.filter((r) => r.list === list);
	const answered = ofMode.filter((r) => !r.error);
	const bytes = answered.map((r) => r.bodyBytes);
	const transfer = answered.map((r) => r.transferBytes);
	const absent = ofList('absent');
	const traditional = ofList('traditional');
	return {
		mode,
		searchedAs: mode === 'quoted' ? '"q"' : 'q',
		// Every query that has matching records: policy terms, two-word queries, traditional queries.
		withMatches: score(ofMode.filter((r) => r.list !== 'absent')),
		policy: score(ofList('policy')),
		twoWord: score(ofList('twoWord')),
		traditional: {
			...score(traditional),
			queriesFullyFound: traditional.filter((r) => r.missing.length === 0).length,
			queriesWithAnyFound: traditional.filter((r) => r.returned.some((id) => r.expected.includes(id))).length,
		},
		absent: {
			queries: absent.length,
			queriesReturningPages: absent.filter((r) => r.returned.length > 0).length,
			pagesReturned: absent.reduce((s, r) => s + r.returned.length, 0),
		},
		bytesPerColdQuery: { median: median(bytes), min: Math.min(...bytes), max: Math.max(...bytes) },
		transferBytesPerColdQuery: { median: median(transfer), min: Math.min(...transfer), max: Math.max(...transfer) },
		requestsPerColdQuery: { median: median(answered.map((r) => r.requests)), min: Math.min(...answered.map((r) => r.requests)), max: Math.max(...answered.map((r) => r.requests)) },
		msPerColdQuery: { median: median(answered.map((r) => r.ms)) },
		errors: ofMode.filter((r) => r.error).map((r) => `${r.searched}: ${r.error}`),
	};
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function printTable(summaries: ReturnType<typeof summarise>[]): void {
	const rows: [string, ...string[]][] = [
		['', ...summaries.map((s) => `${s.mode} (${s.searchedAs})`)],
		['recall, all queries with matches', ...summaries.map((s) => `${pct(s.withMatches.recall)} (${s.withMatches.foundPages}/${s.withMatches.expectedPages})`)],
		['precision, all queries with matches', ...summaries.map((s) => `${pct(s.withMatches.precision)} (${s.withMatches.foundPages}/${s.withMatches.returnedPages})`)],
		['  policy terms: recall', ...summaries.map((s) => `${pct(s.policy.recall)} (${s.policy.foundPages}/${s.policy.expectedPages})`)],
		['  policy terms: precision', ...summaries.map((s) => `${pct(s.policy.precision)} (${s.policy.foundPages}/${s.policy.returnedPages})`)],
		['  two-word: recall', ...summaries.map((s) => `${pct(s.twoWord.recall)} (${s.twoWord.foundPages}/${s.twoWord.expectedPages})`)],
		['  two-word: precision', ...summaries.map((s) => `${pct(s.twoWord.precision)} (${s.twoWord.foundPages}/${s.twoWord.returnedPages})`)],
		['queries with a wrong/extra page', ...summaries.map((s) => `${s.withMatches.queriesWithWrongPage + s.absent.queriesReturningPages} / ${s.withMatches.queries + s.absent.queries}`)],
		['  of which policy / two-word / trad.', ...summaries.map((s) => `${s.policy.queriesWithWrongPage} / ${s.twoWord.queriesWithWrongPage} / ${s.traditional.queriesWithWrongPage}`)],
		['queries missing a page', ...summaries.map((s) => `${s.withMatches.queriesWithMissedPage} / ${s.withMatches.queries}`)],
		['queries answered exactly', ...summaries.map((s) => `${s.withMatches.queriesExact + s.absent.queries - s.absent.queriesReturningPages} / ${s.withMatches.queries + s.absent.queries}`)],
		['absent terms returning pages', ...summaries.map((s) => `${s.absent.queriesReturningPages} / ${s.absent.queries} (${s.absent.pagesReturned} pages)`)],
		['traditional: pages found/expected', ...summaries.map((s) => `${s.traditional.foundPages}/${s.traditional.expectedPages}`)],
		['traditional: queries fully found', ...summaries.map((s) => `${s.traditional.queriesFullyFound} / ${s.traditional.queries}`)],
		['bytes per cold query (bodies): median', ...summaries.map((s) => `${s.bytesPerColdQuery.median} (${kb(s.bytesPerColdQuery.median)})`)],
		['bytes per cold query (bodies): min', ...summaries.map((s) => `${s.bytesPerColdQuery.min} (${kb(s.bytesPerColdQuery.min)})`)],
		['bytes per cold query (bodies): max', ...summaries.map((s) => `${s.bytesPerColdQuery.max} (${kb(s.bytesPerColdQuery.max)})`)],
		['on the wire (preview gzip + headers): median [min–max]', ...summaries.map((s) => `${s.transferBytesPerColdQuery.median} [${s.transferBytesPerColdQuery.min}–${s.transferBytesPerColdQuery.max}]`)],
		['requests per cold query: median [min–max]', ...summaries.map((s) => `${s.requestsPerColdQuery.median} [${s.requestsPerColdQuery.min}–${s.requestsPerColdQuery.max}]`)],
		['errors', ...summaries.map((s) => String(s.errors.length))],
	];
	const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length)));
	for (const [i, row] of rows.entries()) {
		console.log(row.map((cell, col) => cell + ' '.repeat(widths[col]! - [...cell].length)).join(' │ '));
		if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
	}
}

function short(id: string): string {
	return id.startsWith('conference-2022-') ? id.replace('conference-2022-', 'conf-') : id.split('-')[0]!;
}

function printDetails(results: QueryResult[], mode: Mode): void {
	console.log(`\n${mode}: queries not answered exactly (expected → returned; −missing +extra)`);
	for (const r of results.filter((x) => x.mode === mode)) {
		const wrong = r.missing.length > 0 || r.extra.length > 0 || r.error;
		if (!wrong && !verbose) continue;
		const parts = [
			`[${r.list}] ${r.searched}`,
			`${r.expected.length} → ${r.returned.length}`,
			r.missing.length ? `−${r.missing.map(short).join(',')}` : '',
			r.extra.length ? `+${r.extra.map(short).join(',')}` : '',
			r.error ? `ERROR ${r.error}` : '',
			verbose ? `${r.bodyBytes} B, ${r.requests} req` : '',
		];
		console.log('  ' + parts.filter(Boolean).join('  '));
	}
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
	if (!givenBaseUrl && !existsSync(join(outDir, 'pagefind', 'pagefind.js')))
		throw new Error(`${join(outDir, 'pagefind', 'pagefind.js')} is missing: run \`npm run build\` first`);
	const records = loadRecordTexts();
	const queries = buildQueries(records);
	if (!givenBaseUrl) await startServer();
	const entryText = await (await fetch(`${baseUrl}/pagefind/pagefind-entry.json`)).text();
	const entry = JSON.parse(entryText) as { version?: string; languages?: Record<string, { page_count?: number }> };
	console.log(`Pagefind ${entry.version ?? '?'} at ${baseUrl}; ${Object.values(entry.languages ?? {}).reduce((s, l) => s + (l.page_count ?? 0), 0)} indexed pages; ${records.length} records`);
	console.log(`${queries.length} queries (${policyTerms.length} policy, ${twoWordQueries.length} two-word, ${traditionalQueries.length} traditional, ${absentTerms.length} absent) × ${modes.length} modes, each in a fresh browser context\n`);

	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
		timeout: 60_000,
	});
	const results: QueryResult[] = [];
	for (const mode of modes) {
		for (const query of queries) {
			let result = await runQuery(browser, query, mode);
			for (let attempt = 2; result.error && attempt <= ATTEMPTS; attempt++) {
				console.error(`retrying ${result.searched} (${result.error})`);
				await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
				result = { ...(await runQuery(browser, query, mode)), attempts: attempt };
			}
			results.push(result);
			if (verbose) console.error(`${mode} ${result.searched}: ${result.returned.length} pages, ${result.bodyBytes} B${result.error ? ` ERROR ${result.error}` : ''}`);
		}
	}

	const entryAfter = await fetch(`${baseUrl}/pagefind/pagefind-entry.json`).then((r) => r.text()).catch(() => '');
	const indexChanged = entryAfter !== entryText;
	if (indexChanged) console.log('WARNING: the Pagefind index changed during the run (dist/ rebuilt); results mix two indexes.\n');
	const retried = results.filter((r) => r.attempts > 1).length;
	if (retried) console.log(`${retried} queries needed more than one attempt (server errors, e.g. while dist/ was rebuilt).\n`);

	const summaries = modes.map((mode) => summarise(results, mode));
	printTable(summaries);
	for (const mode of modes) printDetails(results, mode);
	const sample = results.find((r) => !r.error && r.mode === 'default');
	if (sample) console.log(`\nFetched for one cold query (${sample.searched}): ${sample.urls.join(' ')}`);

	const summary = {
		pagefind: entry.version,
		baseUrl,
		records: records.length,
		queries: queries.length,
		indexChangedDuringRun: indexChanged,
		queriesRetried: retried,
		bytes: 'bytesPerColdQuery: decoded response bodies (= the files as stored; Pagefind’s own .pf_* files stay gzip-compressed); transferBytesPerColdQuery: on the wire from astro preview (gzip) incl. response headers',
		modes: summaries,
	};
	if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ ...summary, results }, null, '\t') + '\n');
	console.log('\nJSON summary:');
	console.log(JSON.stringify(summary));
}

const watchdog = setTimeout(() => {
	console.error(`measure-pagefind: gave up after ${OVERALL_TIMEOUT_MS / 60_000} minutes`);
	stopServerNow();
	process.exit(2);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

let exitCode = 0;
try {
	await main();
} catch (error) {
	console.error(`measure-pagefind: ${(error as Error).stack ?? error}`);
	exitCode = 1;
} finally {
	await browser?.close().catch(() => undefined);
	await stopServer();
}
process.exit(exitCode);
