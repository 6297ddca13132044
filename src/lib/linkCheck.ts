/**
 * The link check of a built site, pure: scripts/lint-links.ts reads dist/ and hands the pages over.
 *
 * Every URL a built page names (a/area/link href, any src and srcset, poster, form action, formaction,
 * object data, cite, and the og:url/og:image meta tags) must lead to a file of the build, and every
 * #fragment to an element with that id (or an <a name>) on the target page. The site makes no
 * third-party requests, so an http(s) URL to any host but the site's own origin (SITE_URL, which the
 * canonical URLs, og:url and the sitemap carry) is an error too — except a link a reader follows out on
 * purpose, an <a>/<area> marked rel="external" (the licence's deed, the deployer's issue tracker): it
 * loads nothing until clicked, and another host's files cannot be checked here. mailto:, tel: and data:
 * URLs name no file and are skipped. The sitemaps' <loc> URLs and robots.txt's Sitemap: line are checked the same way.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One URL a page names. `url` is the attribute's value as written (trimmed, as browsers do). */
export interface PageLink {
	tag: string;
	attribute: string;
	url: string;
	/** An <a>/<area>'s rel tokens (`external` marks a deliberate link out). */
	rel?: string[];
}

/** What the check needs of one page: the anchors others may point to, and the URLs it names. */
export interface PageOutline {
	ids: string[];
	links: PageLink[];
}

/** A link that leads nowhere, with the page (its file under the build folder) it is on. */
export interface BrokenLink {
	page: string;
	url: string;
	reason: string;
}

/** The built site: every file (paths relative to the build folder, `/`-separated) and each page's outline. */
export interface BuiltSite {
	files: ReadonlySet<string>;
	pages: ReadonlyMap<string, PageOutline>;
}

export interface CheckResult {
	broken: BrokenLink[];
	/** URLs looked at, skipped ones included. */
	checked: number;
	/** mailto:, tel: and data: URLs: not files of the build. */
	skipped: number;
	/** Links out marked rel="external": followed by a reader, not checked. */
	outbound: number;
}

/** hast property name → the HTML attribute it came from, for attributes that hold one URL. */
const urlProperties: Record<string, string> = {
	href: 'href',
	src: 'src',
	poster: 'poster',
	action: 'action',
	formAction: 'formaction',
	data: 'data',
	cite: 'cite',
	xLinkHref: 'xlink:href',
};

/** Meta tags whose content is a URL of the site (Open Graph and Twitter cards). */
const urlMetaProperties = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video', 'twitter:image']);

/** Schemes that name no file of the build: a link to write or call someone, or inline data. */
const skippedSchemes = new Set(['mailto:', 'tel:', 'data:']);

const stringOf = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : typeof value === 'number' ? String(value) : undefined;

/** The URLs of a srcset: candidates (hast has split them at commas), each a URL and an optional descriptor. */
function srcsetUrls(value: unknown): string[] {
	const candidates = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/,\s+/) : [];
	return candidates.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** The ids and URLs of one HTML page. */
export function outlinePage(html: string): PageOutline {
	const tree: Root = fromHtml(html);
	const ids: string[] = [];
	const links: PageLink[] = [];
	visit(tree, 'element', (node: Element) => {
		const { tagName: tag, properties } = node;
		const id = stringOf(properties['id']);
		if (id) ids.push(id);
		// The HTML spec's fragment lookup: an id, else an <a> with that name.
		const name = stringOf(properties['name']);
		if (tag === 'a' && name) ids.push(name);
		const rel = tag === 'a' || tag === 'area' ? (stringOf(properties['rel'])?.split(/[\s,]+/).filter(Boolean) ?? []) : undefined;
		for (const [property, attribute] of Object.entries(urlProperties)) {
			const value = stringOf(properties[property]);
			if (value !== undefined) links.push({ tag, attribute, url: value.trim(), ...(rel && property === 'href' && { rel }) });
		}
		for (const url of srcsetUrls(properties['srcSet'])) links.push({ tag, attribute: 'srcset', url });
		if (tag === 'meta') {
			const key = stringOf(properties['property']) ?? stringOf(properties['name']);
			const content = stringOf(properties['content']);
			if (key && urlMetaProperties.has(key) && content) links.push({ tag, attribute: `content (${key})`, url: content.trim() });
		}
	});
	return { ids, links };
}

/** The URLs of a sitemap or sitemap index (<loc>, and <xhtml:link href> alternates), entities decoded. */
export function outlineSitemap(xml: string): PageOutline {
	const decode = (s: string) =>
		s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
	const locs = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => ({ tag: 'loc', attribute: 'text', url: decode(m[1]!) }));
	const alternates = [...xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]*)"/g)].map((m) => ({ tag: 'xhtml:link', attribute: 'href', url: decode(m[1]!) }));
	return { ids: [], links: [...locs, ...alternates] };
}

/** The URLs of robots.txt's `Sitemap:` lines. */
export function outlineRobots(text: string): PageOutline {
	const links = [...text.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => ({ tag: 'robots.txt', attribute: 'Sitemap', url: m[1]! }));
	return { ids: [], links };
}

/**
 * The URL path a built file is served at: `index.html` → `/`, `cases/x/index.html` → `/cases/x/`,
 * anything else as it is (`404.html` → `/404.html`, `data/facts.csv` → `/data/facts.csv`).
 */
export function pageUrlOf(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/**
 * The file a site path is served from, if the build has one: a path ending in `/` is a folder and serves
 * its index.html; any other path is a file as named. `undefined` when there is none.
 */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
	const relative = path.replace(/^\/+/, '');
	const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
	return files.has(file) ? file : undefined;
}

/** Where a URL leads: a path and fragment of this site, another host, or a scheme with no file. */
export type LinkTarget =
	| { kind: 'site'; path: string; fragment: string | undefined }
	| { kind: 'external'; href: string }
	| { kind: 'skipped' }
	| { kind: 'bad'; reason: string };

/** Resolves `url`, written on the page served at `pageUrl`, against the site at `origin`. */
export function resolveLink(url: string, pageUrl: string, origin: string): LinkTarget {
	let resolved: URL;
	try {
		resolved = new URL(url, new URL(pageUrl, origin));
	} catch {
		return { kind: 'bad', reason: 'not a valid URL' };
	}
	if (skippedSchemes.has(resolved.protocol)) return { kind: 'skipped' };
	if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return { kind: 'bad', reason: `${resolved.protocol} URL` };
	if (resolved.origin !== new URL(origin).origin) return { kind: 'external', href: resolved.href };
	let path: string;
	try {
		path = decodeURIComponent(resolved.pathname);
	} catch {
		return { kind: 'bad', reason: 'malformed percent-encoding in the path' };
	}
	// `href="#"` and `href="x#"` leave an empty hash, which URL reports as ''.
	const hashed = url.includes('#');
	return { kind: 'site', path, fragment: hashed ? resolved.hash.replace(/^#/, '') : undefined };
}

/** Whether `fragment` (as written, or percent-decoded) names an anchor among `ids`. */
function findsAnchor(fragment: string, ids: ReadonlySet<string>): boolean {
	if (ids.has(fragment)) return true;
	try {
		return ids.has(decodeURIComponent(fragment));
	} catch {
		return false;
	}
}

/** Why one link of `page` is broken, or `undefined` when it leads where it says. */
function brokenReason(target: LinkTarget, link: PageLink, page: string, site: BuiltSite, anchorsOf: (file: string) => ReadonlySet<string>, origin: string): string | undefined {
	if (target.kind === 'bad') return target.reason;
	if (target.kind === 'external') return `leads to another host (${new URL(target.href).host}): the site makes no third-party requests (its own origin is ${origin})`;
	if (target.kind === 'skipped') return undefined;
	// 404.html is served at every missing URL, so a relative URL on it resolves differently on each.
	if (page === '404.html' && !/^([a-z][a-z\d+.-]*:|\/|#)/i.test(link.url)) return 'relative URL on the 404 page, which is served at any missing address: use a root-relative one';
	const file = fileForPath(target.path, site.files);
	if (file === undefined) {
		const folder = fileForPath(`${target.path}/`, site.files);
		return folder ? `no file ${target.path}: the page is ${target.path}/ (trailing slash)` : `no file for ${target.path}`;
	}
	if (target.fragment === undefined) return undefined;
	if (target.fragment === '') return 'empty fragment "#": a placeholder that goes nowhere';
	if (!file.endsWith('.html')) return `fragment #${target.fragment} on ${file}, which is not an HTML page`;
	if (findsAnchor(target.fragment, anchorsOf(file))) return undefined;
	// Browsers scroll to the top for #top without such an element, but the link then names no anchor.
	return target.fragment.toLowerCase() === 'top'
		? `no element with id "top" on ${pageUrlOf(file)} (#top works only by the browser's fallback)`
		: `no element with id "${target.fragment}" on ${pageUrlOf(file)}`;
}

/**
 * Every broken link of the site. `origin` is the site's own (SITE_URL's); URLs on it are internal.
 * Pages are checked in the order given, links in page order.
 */
export function checkLinks(site: BuiltSite, origin: string): CheckResult {
	const anchors = new Map<string, ReadonlySet<string>>();
	const anchorsOf = (file: string) => {
		let set = anchors.get(file);
		if (!set) anchors.set(file, (set = new Set(site.pages.get(file)?.ids ?? [])));
		return set;
	};
	const broken: BrokenLink[] = [];
	let checked = 0;
	let skipped = 0;
	let outbound = 0;
	for (const [page, outline] of site.pages) {
		const pageUrl = pageUrlOf(page);
		for (const link of outline.links) {
			checked += 1;
			const target = resolveLink(link.url, pageUrl, origin);
			if (target.kind === 'skipped') skipped += 1;
			if (target.kind === 'external' && link.rel?.includes('external')) {
				outbound += 1;
				continue;
			}
			const reason = brokenReason(target, link, page, site, anchorsOf, origin);
			if (reason) broken.push({ page, url: link.url, reason: `${reason} (<${link.tag} ${link.attribute}>)` });
		}
	}
	return { broken, checked, skipped, outbound };
}
