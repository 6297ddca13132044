/**
 * Joins the outputs of a partitioned build (src/lib/buildPartition.ts) into one site:
 *   node scripts/merge-partitions.ts <out> <library build> <partition build> …
 *
 * Every file comes from exactly one build, or from several with the same bytes (the content-hashed
 * assets of _astro/); a file two builds wrote differently stops the merge, naming both. The sitemaps
 * are joined (each page once), the search's date order is written over every partition's index parts,
 * and the search page must list exactly the index parts the partitions wrote. Files are moved, not
 * copied: the builds' folders are left empty.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { dateOrderFile, writeDateOrder } from './build-search-index.ts';

/** What the merge did. */
export interface MergeReport {
	files: number;
	/** Files more than one build wrote, the same bytes (kept once). */
	shared: number;
	sitemapUrls: number;
	indexParts: string[];
}

/** URLs a sitemap file of @astrojs/sitemap lists. */
function sitemapUrls(xml: string): string[] {
	return [...xml.matchAll(/<url><loc>([^<]+)<\/loc><\/url>/g)].map((m) => m[1]!);
}

/** Sitemaps as @astrojs/sitemap writes them: files of at most 45,000 URLs and an index. */
function writeSitemaps(out: string, urls: string[]): void {
	const origin = new URL(urls[0]!).origin;
	const chunks = Array.from({ length: Math.ceil(urls.length / 45000) }, (_, i) => urls.slice(i * 45000, (i + 1) * 45000));
	const urlset =
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';
	for (const [i, chunk] of chunks.entries())
		writeFileSync(join(out, `sitemap-${i}.xml`), `<?xml version="1.0" encoding="UTF-8"?>${urlset}${chunk.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`);
	const index = chunks.map((_, i) => `<sitemap><loc>${origin}/sitemap-${i}.xml</loc></sitemap>`).join('');
	writeFileSync(join(out, 'sitemap-index.xml'), `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`);
}

/** The index parts the search page merges (its data-index-parts). */
function listedIndexParts(out: string): string[] {
	const html = readFileSync(join(out, 'search', 'index.html'), 'utf8');
	return html.match(/data-index-parts="([^"]*)"/)?.[1]?.split(' ').filter(Boolean) ?? [];
}

/** Moves every file of `builds` (the library build first) into `out`, which must not exist yet. */
export function mergePartitions(out: string, builds: string[]): MergeReport {
	if (existsSync(out)) throw new Error(`${out} exists: the merge writes a new folder`);
	const owner = new Map<string, string>();
	const urls = new Set<string>();
	let shared = 0;
	for (const build of builds) {
		if (!existsSync(join(build, 'index.html')) && build === builds[0]) throw new Error(`${build}: the library build (first) has no home page`);
		for (const entry of readdirSync(build, { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const from = join(entry.parentPath, entry.name);
			const path = relative(build, from);
			if (/^sitemap-[\w-]+\.xml$/.test(path)) {
				if (path !== 'sitemap-index.xml') for (const url of sitemapUrls(readFileSync(from, 'utf8'))) urls.add(url);
				continue;
			}
			const to = join(out, path);
			const first = owner.get(path);
			if (first !== undefined) {
				if (!readFileSync(from).equals(readFileSync(to))) throw new Error(`${path}: written differently by ${first} and ${build}`);
				shared++;
				continue;
			}
			owner.set(path, build);
			mkdirSync(dirname(to), { recursive: true });
			renameSync(from, to);
		}
	}
	for (const build of builds) rmSync(build, { recursive: true });
	if (urls.size) writeSitemaps(out, [...urls]);
	const parts = listedIndexParts(out);
	const written = readdirSync(out).filter((name) => /^pagefind(-\d+)?$/.test(name)).map((name) => `/${name}/`);
	const missing = parts.filter((p) => !written.includes(p));
	const unlisted = written.filter((p) => !parts.includes(p));
	if (missing.length || unlisted.length)
		throw new Error(`the search page lists index parts ${parts.join(' ')}; the builds wrote ${written.join(' ') || 'none'}${missing.length ? ` (missing ${missing.join(' ')})` : ''}${unlisted.length ? ` (not listed ${unlisted.join(' ')})` : ''}`);
	writeDateOrder(
		parts.map((p) => join(out, p)),
		join(out, dateOrderFile),
	);
	return { files: owner.size, shared, sitemapUrls: urls.size, indexParts: parts };
}

if (import.meta.main) {
	const [out, ...builds] = process.argv.slice(2);
	if (!out || builds.length < 2) {
		console.error('usage: node scripts/merge-partitions.ts <out> <library build> <partition build> …');
		process.exit(2);
	}
	const report = mergePartitions(out, builds);
	console.log(`Merged ${builds.length} builds into ${out}: ${report.files} files (${report.shared} shared assets written alike), ${report.sitemapUrls} sitemap URLs, index parts ${report.indexParts.join(' ')}`);
}
