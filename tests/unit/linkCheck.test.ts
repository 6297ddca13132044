import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	checkLinks,
	fileForPath,
	outlinePage,
	outlineRobots,
	outlineSitemap,
	pageUrlOf,
	resolveLink,
	type PageOutline,
} from '../../src/lib/linkCheck.ts';

const origin = 'http://localhost:4321';
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title>${head}</head><body>${body}</body></html>`;

/** Checks a site made of `pages` (file → HTML) and extra non-HTML `files`; returns "page url" of each broken link. */
function brokenIn(pages: Record<string, string>, files: string[] = []) {
	const outlines = new Map<string, PageOutline>(Object.entries(pages).map(([file, html]) => [file, outlinePage(html)]));
	const result = checkLinks({ files: new Set([...Object.keys(pages), ...files]), pages: outlines }, origin);
	return { ...result, found: result.broken.map((b) => `${b.page} ${b.url}`), reasons: result.broken.map((b) => b.reason) };
}

describe('outlinePage', () => {
	test('collects ids, <a name> anchors and every URL attribute, in document order', () => {
		const outline = outlinePage(
			page(
				'<h2 id="p-1">x</h2><a name="old">o</a><input name="q"><a href="/cases/">c</a>' +
					'<img src="/a.png" srcset="/a-1.png 1x, /a-2.png 2x"><form action="/search/"><button formaction="/other/">b</button></form>' +
					'<blockquote cite="/cases/x/#p-2">q</blockquote><object data="/chart.svg"></object><video poster="/poster.png"></video>' +
					'<svg><use href="#icon"></use></svg>',
				'<link rel="stylesheet" href="/_astro/a.css"><meta property="og:url" content=" http://localhost:4321/ "><meta property="og:title" content="/not-a-url"><script src="/s.js"></script>',
			),
		);
		assert.deepEqual(outline.ids, ['p-1', 'old']);
		assert.deepEqual(
			outline.links.map((l) => `${l.tag} ${l.attribute} ${l.url}`),
			[
				'link href /_astro/a.css',
				'meta content (og:url) http://localhost:4321/',
				'script src /s.js',
				'a href /cases/',
				'img src /a.png',
				'img srcset /a-1.png',
				'img srcset /a-2.png',
				'form action /search/',
				'button formaction /other/',
				'blockquote cite /cases/x/#p-2',
				'object data /chart.svg',
				'video poster /poster.png',
				'use href #icon',
			],
		);
	});

	test('ignores URLs in text and comments, and keeps entity-decoded attribute values', () => {
		const outline = outlinePage(page('<p>see href="/nope/" <!-- <a href="/gone/"> --></p><a href="/search/?q=a&amp;b=c">s</a>'));
		assert.deepEqual(
			outline.links.map((l) => l.url),
			['/search/?q=a&b=c'],
		);
	});
});

describe('outlineSitemap and outlineRobots', () => {
	test('a sitemap’s <loc> and alternate links, entities decoded', () => {
		const xml =
			'<?xml version="1.0"?><urlset xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>http://localhost:4321/</loc>' +
			'<xhtml:link rel="alternate" hreflang="en" href="http://localhost:4321/en/"/></url><url><loc> http://localhost:4321/a/?x=1&amp;y=2 </loc></url></urlset>';
		assert.deepEqual(
			outlineSitemap(xml).links.map((l) => l.url),
			['http://localhost:4321/', 'http://localhost:4321/a/?x=1&y=2', 'http://localhost:4321/en/'],
		);
	});

	test('robots.txt Sitemap: lines, in any case', () => {
		assert.deepEqual(
			outlineRobots('User-agent: *\nAllow: /\n\nSitemap: http://localhost:4321/sitemap-index.xml\nsitemap: /s.xml\n').links.map((l) => l.url),
			['http://localhost:4321/sitemap-index.xml', '/s.xml'],
		);
	});
});

describe('pageUrlOf and fileForPath', () => {
	test('index.html files are served at their folder, other files as they are', () => {
		assert.equal(pageUrlOf('index.html'), '/');
		assert.equal(pageUrlOf('cases/x/index.html'), '/cases/x/');
		assert.equal(pageUrlOf('404.html'), '/404.html');
		assert.equal(pageUrlOf('data/facts.csv'), '/data/facts.csv');
	});

	test('a folder path finds its index.html; a file path only the file itself', () => {
		const files = new Set(['index.html', 'cases/x/index.html', 'data/facts.csv', 'favicon.svg']);
		assert.equal(fileForPath('/', files), 'index.html');
		assert.equal(fileForPath('/cases/x/', files), 'cases/x/index.html');
		assert.equal(fileForPath('/data/facts.csv', files), 'data/facts.csv');
		assert.equal(fileForPath('/favicon.svg', files), 'favicon.svg');
		assert.equal(fileForPath('/cases/x', files), undefined);
		assert.equal(fileForPath('/cases/', files), undefined);
	});
});

describe('resolveLink', () => {
	test('relative, root-relative and same-origin absolute URLs are the site’s; query and fragment split off', () => {
		assert.deepEqual(resolveLink('../y/#p-3', '/cases/x/', origin), { kind: 'site', path: '/cases/y/', fragment: 'p-3' });
		assert.deepEqual(resolveLink('/search/?q=党建', '/cases/x/', origin), { kind: 'site', path: '/search/', fragment: undefined });
		assert.deepEqual(resolveLink('http://localhost:4321/about/', '/', origin), { kind: 'site', path: '/about/', fragment: undefined });
		assert.deepEqual(resolveLink('#', '/', origin), { kind: 'site', path: '/', fragment: '' });
	});

	test('percent-encoded paths are decoded to file names', () => {
		assert.deepEqual(resolveLink('/places/%E9%95%BF%E6%B2%99/', '/', origin), { kind: 'site', path: '/places/长沙/', fragment: undefined });
	});

	test('another host, another port or https on the same host is external', () => {
		for (const url of ['https://example.org/', '//cdn.example.org/x.js', 'http://localhost:4322/', 'https://localhost:4321/']) {
			assert.equal(resolveLink(url, '/', origin).kind, 'external', url);
		}
	});

	test('mailto:, tel: and data: are skipped; javascript: and other schemes are bad', () => {
		assert.equal(resolveLink('mailto:a@b.cn', '/', origin).kind, 'skipped');
		assert.equal(resolveLink('tel:+8610', '/', origin).kind, 'skipped');
		assert.equal(resolveLink('data:image/png;base64,AAAA', '/', origin).kind, 'skipped');
		assert.deepEqual(resolveLink('javascript:void(0)', '/', origin), { kind: 'bad', reason: 'javascript: URL' });
		assert.deepEqual(resolveLink('ftp://example.org/', '/', origin), { kind: 'bad', reason: 'ftp: URL' });
	});
});

describe('checkLinks', () => {
	const home = page('<h1 id="top-heading">首页</h1><a href="/cases/x/">x</a><a href="/cases/x/#p-2">¶</a><a href="#top-heading">up</a>');
	const record = page('<p id="p-1">a</p><p id="p-2">b</p><a href="../../">home</a><a href="#p-1">¶</a><a href="/data/facts.csv">csv</a>');

	test('a site whose links all lead somewhere has no broken link', () => {
		const result = brokenIn({ 'index.html': home, 'cases/x/index.html': record }, ['data/facts.csv']);
		assert.deepEqual(result.found, []);
		assert.equal(result.checked, 6);
	});

	test('a missing page, a missing file and a missing trailing slash are broken', () => {
		const result = brokenIn({ 'index.html': page('<a href="/cases/y/">y</a><img src="/gone.png" alt=""><a href="/cases/x">x</a>'), 'cases/x/index.html': record }, [
			'data/facts.csv',
		]);
		assert.deepEqual(result.found, ['index.html /cases/y/', 'index.html /gone.png', 'index.html /cases/x']);
		assert.match(result.reasons[0]!, /no file for \/cases\/y\//);
		assert.match(result.reasons[2]!, /the page is \/cases\/x\/ \(trailing slash\)/);
	});

	test('a fragment must name an id or <a name> of the target page, on other pages and on the same page', () => {
		const result = brokenIn({
			'index.html': page('<a href="/cases/x/#p-9">¶</a><a href="/cases/x/#old">old</a><a href="#nowhere">n</a><a href="#here">h</a><span id="here"></span>'),
			'cases/x/index.html': page('<p id="p-1">a</p><a name="old"></a>'),
		});
		assert.deepEqual(result.found, ['index.html /cases/x/#p-9', 'index.html #nowhere']);
		assert.match(result.reasons[0]!, /no element with id "p-9" on \/cases\/x\//);
	});

	test('percent-encoded fragments match the decoded id', () => {
		const result = brokenIn({ 'index.html': page('<h2 id="长沙">x</h2><a href="#%E9%95%BF%E6%B2%99">长沙</a><a href="#长沙">长沙</a>') });
		assert.deepEqual(result.found, []);
	});

	test('"#" alone and "#top" without such an element are reported; "#top" with one is fine', () => {
		const result = brokenIn({ 'index.html': page('<a href="#">x</a><a href="#top">up</a>'), 'a/index.html': page('<div id="top"></div><a href="#top">up</a>') });
		assert.deepEqual(result.found, ['index.html #', 'index.html #top']);
		assert.match(result.reasons[0]!, /empty fragment/);
		assert.match(result.reasons[1]!, /no element with id "top".*fallback/);
	});

	test('a fragment on a file that is not a page is broken', () => {
		const result = brokenIn({ 'index.html': page('<a href="/data/facts.csv#row-2">csv</a>') }, ['data/facts.csv']);
		assert.deepEqual(result.found, ['index.html /data/facts.csv#row-2']);
		assert.match(result.reasons[0]!, /not an HTML page/);
	});

	test('links to other hosts are broken (no third-party requests); the site’s own origin is internal; mailto: is skipped', () => {
		const result = brokenIn({
			'index.html': page(
				'<a href="https://example.org/">e</a><a href="http://localhost:4321/">self</a><a href="mailto:a@b.cn">m</a>',
				'<link rel="preconnect" href="https://fonts.example.com"><link rel="canonical" href="http://localhost:4321/">',
			),
		});
		assert.deepEqual(result.found, ['index.html https://fonts.example.com', 'index.html https://example.org/']);
		assert.match(result.reasons[0]!, /another host \(fonts\.example\.com\).*<link href>/);
		assert.equal(result.skipped, 1);
	});

	test('a link out marked rel="external" on an <a> is a reader’s to follow, not checked; the mark does nothing for resources', () => {
		const result = brokenIn({
			'index.html': page(
				'<a href="https://creativecommons.org/licenses/by/4.0/" rel="license external">CC BY</a><a href="https://example.org/" rel="nofollow">x</a>',
				'<link rel="stylesheet external" href="https://cdn.example.com/a.css">',
			),
		});
		assert.deepEqual(result.found, ['index.html https://cdn.example.com/a.css', 'index.html https://example.org/']);
		assert.equal(result.outbound, 1);
	});

	test('the 404 page, served at any missing address, may not use relative URLs', () => {
		const result = brokenIn({ '404.html': page('<a href="cases/">c</a><a href="/cases/">c</a><a href="#main">m</a><main id="main"></main>'), 'cases/index.html': page('') });
		assert.deepEqual(result.found, ['404.html cases/']);
		assert.match(result.reasons[0]!, /404 page/);
	});

	test('sitemap URLs are checked like any other', () => {
		const outlines = new Map<string, PageOutline>([
			['index.html', outlinePage(page(''))],
			['sitemap-0.xml', outlineSitemap('<urlset><url><loc>http://localhost:4321/</loc></url><url><loc>http://localhost:4321/404/</loc></url></urlset>')],
		]);
		const result = checkLinks({ files: new Set(['index.html', '404.html', 'sitemap-0.xml']), pages: outlines }, origin);
		assert.deepEqual(
			result.broken.map((b) => `${b.page} ${b.url}`),
			['sitemap-0.xml http://localhost:4321/404/'],
		);
	});
});
