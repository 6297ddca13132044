/**
 * Checks every link of a finished build (`npm run build` first):
 *
 *   npm run lint:links            # node scripts/lint-links.ts [build-dir]
 *
 * Reads every HTML page of dist/ (or LIBRARY_OUT_DIR, or the folder given), the sitemaps and robots.txt,
 * and checks each URL they name with src/lib/linkCheck.ts: the file exists, the #fragment names an
 * element of the target page, no URL leads off the site. The site's own origin is the one the build
 * wrote in its canonical links (SITE_URL at build time); a build without one may name no absolute
 * URL of any host, its own included.
 * Prints each broken link (page, URL, reason) and the counts; exits 1 on any broken link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks, outlinePage, outlineRobots, outlineSitemap, type CheckResult, type PageOutline } from '../src/lib/linkCheck.ts';

/** Stands for the origin of a build without a public address: no absolute URL may match it. */
const noOrigin = 'http://no-site-url.invalid';

/** The build's own origin: its home page's canonical link (written only when SITE_URL was set). */
export function siteOrigin(dir: string): string {
	try {
		const canonical = readFileSync(join(dir, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
		return canonical ? new URL(canonical).origin : noOrigin;
	} catch {
		return noOrigin;
	}
}

/** Every file under `dir`, relative to it, `/`-separated, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The outline of each file of the build that names URLs: HTML pages, sitemaps, robots.txt. */
function outlineFile(file: string, text: string): PageOutline | undefined {
	if (file.endsWith('.html')) return outlinePage(text);
	if (/^sitemap[^/]*\.xml$/.test(file)) return outlineSitemap(text);
	if (file === 'robots.txt') return outlineRobots(text);
	return undefined;
}

export interface LinkReport extends CheckResult {
	/** HTML pages read. */
	pages: number;
}

/** Checks the links of the build in `dir` against the site at `origin`. */
export function lintLinks(dir: string, origin = siteOrigin(dir)): LinkReport {
	const files = listFiles(dir);
	const pages = new Map<string, PageOutline>();
	for (const file of files) {
		const outline = /\.(html|xml|txt)$/.test(file) ? outlineFile(file, readFileSync(join(dir, file), 'utf8')) : undefined;
		if (outline) pages.set(file, outline);
	}
	const result = checkLinks({ files: new Set(files), pages }, origin);
	return { ...result, pages: files.filter((file) => file.endsWith('.html')).length };
}

if (import.meta.main) {
	const dir = process.argv[2] ?? process.env['LIBRARY_OUT_DIR'] ?? 'dist';
	let report: LinkReport;
	try {
		report = lintLinks(dir);
	} catch (error) {
		console.error(`✗ ${dir}: ${(error as Error).message} (run \`npm run build\` first)`);
		process.exit(1);
	}
	for (const { page, url, reason } of report.broken) console.error(`✗ ${page}: ${url}\n    ${reason}`);
	const summary = `${report.pages} pages, ${report.checked} links (${report.skipped} mailto:/tel:/data: skipped, ${report.outbound} marked rel="external" not followed), origin ${siteOrigin(dir)}`;
	if (report.pages === 0) {
		console.error(`✗ ${dir}: no HTML pages (run \`npm run build\` first)`);
		process.exit(1);
	}
	if (report.broken.length > 0) {
		console.error(`${report.broken.length} broken links; ${summary}`);
		process.exit(1);
	}
	console.log(`✓ no broken links: ${summary}`);
}
