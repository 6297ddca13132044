/**
 * The size of every HTML page of a build, for the scale targets (no page over 1 MB raw, first view of
 * any page ≤ 100 KB gzipped at 5,000 records): raw and gzip bytes of each page, and its first view
 * (the HTML plus the stylesheets and scripts it loads, gzip). Regex-based, not a parser, so that
 * 19,000 pages take seconds (src/lib/pageWeight.ts is the exact measure the budget tests use).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getPageType } from '../../src/lib/getPageType.ts';

export interface PageSize {
	path: string;
	type: string;
	raw: number;
	gzip: number;
	firstView: number;
}

export interface PageSizes {
	pages: number;
	medianRaw: number;
	medianGzip: number;
	largest: PageSize;
	largestFirstView: PageSize;
	/** Pages over 1 MB raw, and over 100 KB first view (gzip). */
	overMB: number;
	overFirstView: number;
	/** The five heaviest pages (raw), and the heaviest page of each type. */
	heaviest: PageSize[];
	heaviestByType: PageSize[];
}

const MB = 1024 * 1024;
const firstViewLimit = 100 * 1024;

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Sizes of every page under `outDir`. */
export function measurePageSizes(outDir: string): PageSizes {
	const assets = new Map<string, number>();
	const assetGzip = (path: string) => {
		let size = assets.get(path);
		if (size === undefined) {
			try {
				size = gzipSync(readFileSync(join(outDir, path))).length;
			} catch {
				size = 0;
			}
			assets.set(path, size);
		}
		return size;
	};
	const pages: PageSize[] = [];
	for (const file of htmlFiles(outDir)) {
		const html = readFileSync(file);
		const text = html.toString('utf8');
		const gzip = gzipSync(html).length;
		let firstView = gzip;
		for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>|<script[^>]+src="[^"]+"[^>]*>/g)) {
			if (/media="print"/.test(m[0])) continue;
			const href = m[0].match(/(?:href|src)="(\/[^"]+)"/)?.[1];
			if (href) firstView += assetGzip(href);
		}
		const path = `/${relative(outDir, file).replace(/index\.html$/, '')}`;
		pages.push({ path, type: getPageType(path), raw: html.length, gzip, firstView });
	}
	const byRaw = [...pages].sort((a, b) => b.raw - a.raw);
	const byType = new Map<string, PageSize>();
	for (const page of byRaw) if (!byType.has(page.type)) byType.set(page.type, page);
	return {
		pages: pages.length,
		medianRaw: median(pages.map((p) => p.raw)),
		medianGzip: median(pages.map((p) => p.gzip)),
		largest: byRaw[0]!,
		largestFirstView: [...pages].sort((a, b) => b.firstView - a.firstView)[0]!,
		overMB: pages.filter((p) => p.raw > MB).length,
		overFirstView: pages.filter((p) => p.firstView > firstViewLimit).length,
		heaviest: byRaw.slice(0, 5),
		heaviestByType: [...byType.values()],
	};
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The README table: one row per corpus. */
export function pageSizeTable(rows: { label: string; sizes: PageSizes }[]): string {
	const head = '| records | pages | median page KB raw / gz | largest page KB raw (path) | largest first view KB gz (path) | pages > 1 MB | first view > 100 KB |\n|---|---|---|---|---|---|---|';
	return [
		head,
		...rows.map(
			({ label, sizes: s }) =>
				`| ${label} | ${s.pages.toLocaleString('en-US')} | ${kb(s.medianRaw)} / ${kb(s.medianGzip)} | ${kb(s.largest.raw)} (${s.largest.path}) | ${kb(s.largestFirstView.firstView)} (${s.largestFirstView.path}) | ${s.overMB} | ${s.overFirstView} |`,
		),
	].join('\n');
}

/** The heaviest page of each type, for finding what to cut. */
export function pageTypeTable(sizes: PageSizes): string {
	return [
		'| page type | heaviest page | KB raw | KB gz | first view KB gz |',
		'|---|---|---|---|---|',
		...sizes.heaviestByType.map((p) => `| ${p.type} | ${p.path} | ${kb(p.raw)} | ${kb(p.gzip)} | ${kb(p.firstView)} |`),
	].join('\n');
}
