/**
 * Lighthouse (`npm run lighthouse`): scores that are targets, not tests. Builds the site, serves it
 * with `astro preview`, and runs Lighthouse's Node API in Debian's Chromium, with Lighthouse's default
 * settings (mobile form factor, simulated throttling) and its four categories, on a few pages: the
 * home page, a record, the comparison, a search and a term.
 *
 * Prints a Markdown table of the scores, then, per page, every audit scoring below 1 with the items
 * it points at, and writes lighthouse-results.json next to the build (dist/, or $LIBRARY_OUT_DIR).
 * Exits non-zero only when a run crashes or Lighthouse could not measure a page, not on low scores.
 * Performance varies from run to run, more so on a busy machine: LIGHTHOUSE_RUNS=5 runs each page five
 * times and reports Lighthouse's median run (core/lib/median-run.js, as its variability docs advise).
 *   npm run lighthouse       (MEASURE_SKIP_BUILD=1 to reuse the build; LIGHTHOUSE_PORT, default 4472)
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { findChromium } from '../tests/e2e/chromium.ts';

const pages = [
	'/',
	'/cases/changsha-sixiang-zaizao/',
	'/compare/',
	`/search/?q=${encodeURIComponent('双报到')}`,
	'/terms/shuang-baodao/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromiumFlags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4472);
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const origin = `http://127.0.0.1:${port}`;
const outDir = process.env.LIBRARY_OUT_DIR ?? 'dist';
/** Items printed per failing audit; the JSON keeps them all. */
const maxItems = 12;
/** Diagnostics that say where a metric's cost comes from, shown under the metric when it falls short. */
const culprits: Record<string, string> = {
	'cumulative-layout-shift': 'layout-shifts',
	'total-blocking-time': 'long-tasks',
	'max-potential-fid': 'long-tasks',
	'largest-contentful-paint': 'lcp-breakdown-insight',
};

interface Failing {
	category: string;
	id: string;
	title: string;
	score: number | null;
	/** 0: shown by Lighthouse but not counted in the category score. */
	weight: number;
	/** Lighthouse's report group; 'hidden' audits are left out of its report. */
	group?: string;
	displayValue?: string;
	error?: string;
	items: string[];
}

/** What the figures depend on besides the site. */
interface Setup {
	lighthouse: string;
	chromium: string;
	formFactor: string;
	throttlingMethod: string;
	categories: string[];
}

interface PageResult {
	path: string;
	url: string;
	seconds: number;
	/** The performance score of every run, in order; the rest of the result is the median run's. */
	performanceRuns: (number | null)[];
	scores: Record<string, number | null>;
	metrics: Record<string, string | undefined>;
	runtimeError?: string;
	runWarnings: string[];
	failing: Failing[];
}

await main();

async function main() {
	const started = Date.now();
	if (!process.env.MEASURE_SKIP_BUILD) buildSite();
	await assertPortFree();
	const server = startPreview();
	try {
		await waitForServer(server);
		const results: PageResult[] = [];
		let setup: Setup | undefined;
		for (const path of pages) {
			const audited = await auditPage(path);
			results.push(audited.result);
			setup = audited.setup;
		}
		const date = new Date().toISOString().slice(0, 10);
		printReport(results, setup!, date, (Date.now() - started) / 1000);
		writeResults(results, setup!, date);
		if (results.some((r) => r.runtimeError)) process.exitCode = 1;
	} finally {
		server.kill();
	}
}

function buildSite() {
	console.error('lighthouse: astro build --force …');
	execFileSync('node_modules/.bin/astro', ['build', '--force'], { stdio: ['ignore', 2, 2] });
}

/** Something else already answering on the port would be measured instead of this build. */
async function assertPortFree() {
	if (await isServing()) throw new Error(`${origin} already answers: choose another LIGHTHOUSE_PORT`);
}

function startPreview(): ChildProcess {
	return spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
		stdio: 'ignore',
	});
}

async function isServing(): Promise<boolean> {
	try {
		return (await fetch(`${origin}/`)).ok;
	} catch {
		return false;
	}
}

async function waitForServer(server: ChildProcess) {
	for (let i = 0; i < 150; i++) {
		if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
		if (await isServing()) return;
		await sleep(200);
	}
	throw new Error(`astro preview did not start on ${origin}`);
}

/** Audits a page `runs` times and keeps the median run, or the first that could not measure the page. */
async function auditPage(path: string) {
	const url = `${origin}${path}`;
	const t0 = Date.now();
	const measured: { lhr: Result; chromium: string }[] = [];
	for (let i = 1; i <= runs; i++) {
		console.error(`lighthouse: ${url}${runs > 1 ? ` (run ${i} of ${runs})` : ''}`);
		measured.push(await runLighthouse(url));
	}
	const lhrs = measured.map((m) => m.lhr);
	const valid = filterToValidRuns(lhrs);
	const lhr = lhrs.find((l) => l.runtimeError) ?? (valid.length ? computeMedianRun(valid) : lhrs[0]!);
	const performanceRuns = lhrs.map((l) => l.categories.performance?.score ?? null);
	const result = summarise(path, lhr, (Date.now() - t0) / 1000 / runs, performanceRuns);
	const { formFactor, throttlingMethod } = lhr.configSettings;
	const setup: Setup = { lighthouse: lhr.lighthouseVersion, chromium: measured[0]!.chromium, formFactor, throttlingMethod, categories };
	return { result, setup };
}

/** One Lighthouse run in a fresh Chromium with a fresh profile. */
async function runLighthouse(url: string) {
	const chrome = await launchChromium();
	try {
		const flags: Flags = { port: chrome.port, hostname: '127.0.0.1', logLevel: 'error', output: 'json', onlyCategories: categories };
		const run = await lighthouse(url, flags);
		if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
		return { lhr: run.lhr, chromium: chrome.version };
	} finally {
		await chrome.close();
	}
}

/** Starts Chromium with a DevTools port of its choosing, read from the line it prints on stderr. */
async function launchChromium() {
	const found = findChromium();
	if (!found) throw new Error('No Chromium found: set CHROMIUM_PATH or install Debian’s chromium');
	const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
	const child = spawn(found.path, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const close = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill();
			await Promise.race([exited, sleep(5000)]);
		}
		rmSync(profile, { recursive: true, force: true });
	};
	try {
		const port = await readDevToolsPort(child);
		const info = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { Browser: string };
		return { port, version: info.Browser.replace(/^.*\//, 'Chromium '), close };
	} catch (error) {
		await close();
		throw error;
	}
}

function readDevToolsPort(child: ChildProcess): Promise<number> {
	return new Promise((resolve, reject) => {
		let stderr = '';
		const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools address:\n${stderr}`)), 20_000);
		child.stderr!.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			const match = stderr.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited with code ${code}:\n${stderr}`));
		});
	});
}

function summarise(path: string, lhr: Result, seconds: number, performanceRuns: (number | null)[]): PageResult {
	const scores = Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null]));
	const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
	const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.displayValue]));
	return {
		path,
		url: lhr.finalDisplayedUrl,
		seconds,
		performanceRuns,
		scores,
		metrics,
		...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
		runWarnings: lhr.runWarnings.map(String),
		// A page Lighthouse could not load fails every audit with the same error: the runtime error says it.
		failing: lhr.runtimeError ? [] : findFailing(lhr),
	};
}

/** Every audit of the four categories scoring below 1, or that errored; not n/a, manual or informative ones. */
function findFailing(lhr: Result): Failing[] {
	const failing: Failing[] = [];
	for (const category of categories) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit) continue;
			const errored = audit.scoreDisplayMode === 'error';
			if (!errored && (audit.score === null || audit.score >= 1)) continue;
			const culprit = culprits[ref.id] ? lhr.audits[culprits[ref.id]!] : undefined;
			const items = [
				...describeItems(audit.details),
				...describeItems(culprit?.details).map((item) => `${culprit!.id}: ${item}`),
			];
			failing.push({
				category,
				id: audit.id,
				title: audit.title,
				score: audit.score,
				weight: ref.weight,
				...(ref.group ? { group: ref.group } : {}),
				...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
				...(errored && audit.errorMessage ? { error: audit.errorMessage } : {}),
				items,
			});
		}
	}
	return failing;
}

/** The rows of an audit's details (tables, opportunities, lists of tables, checklists), one line each. */
function describeItems(details: unknown): string[] {
	if (!isRecord(details) || details.type === 'debugdata') return [];
	if (details.type === 'list' && Array.isArray(details.items)) return details.items.flatMap(describeItems);
	if (details.type === 'list-section') return describeItems(details.value);
	if (details.type === 'network-tree' && isRecord(details.chains)) return describeChains(details.chains, '');
	if (details.type === 'node') return [describeValue('node', details)!];
	if (details.type === 'checklist' && isRecord(details.items))
		return Object.values(details.items)
			.filter((check) => isRecord(check) && check.value === false)
			.map((check) => `not met: ${String((check as Record<string, unknown>).label)}`);
	if (!Array.isArray(details.items)) return [];
	return details.items.filter(isRecord).map(describeItem);
}

/** Each request chain of a network tree, from the document to a leaf, as one line. */
function describeChains(chains: Record<string, unknown>, before: string): string[] {
	return Object.values(chains)
		.filter(isRecord)
		.flatMap((request) => {
			const kb = (Number(request.transferSize) / 1024).toFixed(1);
			const step = `${before}${before ? ' → ' : 'chain: '}${String(request.url).replace(origin, '')} (${Math.round(Number(request.navStartToEndTime))} ms, ${kb} KB)`;
			const children = isRecord(request.children) ? describeChains(request.children, step) : [];
			return children.length ? children : [step];
		});
}

function describeItem(item: Record<string, unknown>): string {
	const parts: string[] = [];
	for (const [key, value] of Object.entries(item)) {
		if (key === 'subItems') continue;
		const text = describeValue(key, value);
		if (text) parts.push(text);
	}
	const sub = isRecord(item.subItems) && Array.isArray(item.subItems.items) ? item.subItems.items.filter(isRecord) : [];
	if (sub.length) parts.push(`[${sub.slice(0, 4).map(describeItem).join('; ')}${sub.length > 4 ? `; +${sub.length - 4} more` : ''}]`);
	return truncate(parts.join(' · '), 600);
}

function describeValue(key: string, value: unknown): string | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	if (isRecord(value)) {
		if (value.type === 'node') {
			const label = value.nodeLabel ? ` “${truncate(String(value.nodeLabel), 60)}”` : '';
			const explanation = value.explanation ? ` — ${String(value.explanation).replace(/\s+/g, ' ')}` : '';
			return `${key}: \`${String(value.selector ?? '')}\`${label} ${truncate(String(value.snippet ?? ''), 120)}${explanation}`;
		}
		if (value.type === 'source-location') return `${key}: ${String(value.url)}:${Number(value.line) + 1}:${Number(value.column) + 1}`;
		if (value.type === 'url') return `${key}: ${String(value.value)}`;
		if (value.type === 'code' || value.type === 'text') return `${key}: ${truncate(String(value.value), 160)}`;
		if (typeof value.formattedDefault === 'string') return `${key}: ${value.formattedDefault}`;
		return undefined;
	}
	if (typeof value === 'number') return `${key}: ${Number.isInteger(value) ? value : value.toFixed(2)}`;
	if (typeof value === 'string' || typeof value === 'boolean') return `${key}: ${truncate(String(value), 200)}`;
	return undefined;
}

function printReport(results: PageResult[], setup: Setup, date: string, seconds: number) {
	const score = (s: number | null | undefined) => (s === null || s === undefined ? '—' : String(Math.round(s * 100)));
	const how = `${setup.formFactor}, throttling: ${setup.throttlingMethod}`;
	const median = runs > 1 ? `, median of ${runs} runs` : '';
	console.log(`\nLighthouse ${setup.lighthouse}, ${setup.chromium} (${how}${median}), ${date}; ${seconds.toFixed(0)} s in all\n`);
	console.log('| page | performance | accessibility | best practices | SEO |');
	console.log('|---|---|---|---|---|');
	for (const r of results) console.log(`| \`${decodeURI(r.path)}\` | ${categories.map((c) => score(r.scores[c])).join(' | ')} |`);
	for (const r of results) {
		console.log(`\n### \`${decodeURI(r.path)}\` (${r.seconds.toFixed(0)} s a run)\n`);
		if (runs > 1) console.log(`Performance in ${runs} runs: ${r.performanceRuns.map(score).join(', ')}; the median run is shown.\n`);
		if (r.runtimeError) console.log(`**Lighthouse could not measure the page:** ${r.runtimeError}\n`);
		console.log(`Metrics: ${Object.entries(r.metrics).map(([id, v]) => `${id} ${v ?? '—'}`).join(', ')}`);
		for (const w of r.runWarnings) console.log(`Warning: ${w}`);
		if (!r.failing.length) console.log('\nEvery scored audit passes.');
		for (const f of r.failing) {
			const value = f.displayValue ? ` — ${f.displayValue}` : '';
			const weight = f.weight ? `weight ${f.weight}` : `weight 0${f.group === 'hidden' ? ', hidden' : ''}: not counted`;
			console.log(`\n- **${f.id}** (${f.category}, score ${f.score ?? 'error'}, ${weight}): ${f.title}${value}`);
			if (f.error) console.log(`  - error: ${f.error}`);
			for (const item of f.items.slice(0, maxItems)) console.log(`  - ${item}`);
			if (f.items.length > maxItems) console.log(`  - … and ${f.items.length - maxItems} more (all in the JSON)`);
		}
	}
}

function writeResults(results: PageResult[], setup: Setup, date: string) {
	const file = join(outDir, 'lighthouse-results.json');
	writeFileSync(file, `${JSON.stringify({ date, ...setup, pages: results }, null, 2)}\n`);
	console.error(`lighthouse: wrote ${file}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function truncate(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function sleep(ms: number) {
	return new Promise((r) => setTimeout(r, ms));
}
