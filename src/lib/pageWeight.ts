/**
 * What a page costs on first view (empty cache): its HTML and every stylesheet and script the HTML
 * loads before any interaction, each gzip-compressed as a static host serves them (print-only
 * stylesheets are counted apart). And its floor: the
 * page's own text (everything inside <main>) as bare HTML, gzipped; the budgets compare the two.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import { gzipSync } from 'node:zlib';
import { isDataBlock } from './dataBlock.ts';

export interface PageWeight {
	/** Gzipped bytes of the HTML document. */
	html: number;
	/** Gzipped bytes of the stylesheets it links for the screen. */
	css: number;
	/** Gzipped bytes of its print-only stylesheets (media="print"): fetched at idle priority, outside the first view. */
	print: number;
	/** Gzipped bytes of the scripts it loads (external, module preloads) plus its inline scripts. */
	js: number;
	/** html + css + js. */
	firstView: number;
	/**
	 * Gzipped bytes the page's citation metadata adds to its HTML: `citation_*`, `DC.*` and `prism.*`
	 * meta tags and JSON-LD data blocks, for reference managers and search engines, not for readers.
	 */
	metadata: number;
	/** Site paths of the stylesheets and scripts counted. */
	assets: string[];
}

const gzipped = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/** Every element of a tree, depth first. */
function* elements(node: Root | Element): Generator<Element> {
	for (const child of node.children as RootContent[]) {
		if (child.type !== 'element') continue;
		yield child;
		yield* elements(child);
	}
}

/** An attribute as written (undefined when absent; hast parses `type` into a string). */
const attribute = (el: Element, name: string): string | undefined => (el.properties[name] === undefined ? undefined : String(el.properties[name]));

/** The HTML with the given elements cut out (by their source positions). */
function without(html: string, cut: Element[]): string {
	let text = '';
	let from = 0;
	for (const el of cut) {
		text += html.slice(from, el.position!.start.offset);
		from = el.position!.end.offset!;
	}
	return text + html.slice(from);
}

/**
 * The first-view weight of one page. `readAsset` returns the bytes of a site path (`/_astro/x.css`);
 * a path it cannot read throws, so a budget never passes by missing a file.
 */
export function pageWeight(html: string, readAsset: (path: string) => Uint8Array): PageWeight {
	const tree = fromHtml(html);
	const css: string[] = [];
	const print: string[] = [];
	const js: string[] = [];
	let inlineJs = 0;
	const metadata: Element[] = [];
	for (const el of elements(tree)) {
		const rel = String(el.properties.rel ?? '');
		if (el.tagName === 'link' && /\bstylesheet\b/.test(rel)) (el.properties.media === 'print' ? print : css).push(String(el.properties.href));
		if (el.tagName === 'link' && /\bmodulepreload\b/.test(rel)) js.push(String(el.properties.href));
		if (el.tagName === 'meta' && /^(citation_|DC\.|prism\.)/.test(String(el.properties.name ?? ''))) metadata.push(el);
		if (el.tagName === 'script' && el.properties.src) js.push(String(el.properties.src));
		else if (el.tagName === 'script' && isDataBlock(attribute(el, 'type'), attribute(el, 'language'))) {
			if (/^application\/ld\+json$/i.test(String(el.properties.type).trim())) metadata.push(el);
		} else if (el.tagName === 'script') inlineJs += gzipped(toString(el));
	}
	const sum = (paths: string[]) => [...new Set(paths)].reduce((n, p) => n + gzipped(readAsset(p)), 0);
	const weight = { html: gzipped(html), css: sum(css), js: sum(js) + inlineJs };
	return {
		...weight,
		print: sum(print),
		firstView: weight.html + weight.css + weight.js,
		metadata: metadata.length ? weight.html - gzipped(without(html, metadata)) : 0,
		assets: [...new Set([...css, ...js, ...print])],
	};
}

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'th', 'td', 'caption', 'summary', 'figcaption', 'blockquote', 'pre']);
const skippedTags = new Set(['script', 'style', 'template', 'svg', 'noscript']);

/** The text of each innermost block of an element, in document order. */
function blockTexts(node: Root | Element, out: string[] = []): string[] {
	for (const child of node.children as RootContent[]) {
		if (child.type !== 'element' || skippedTags.has(child.tagName) || child.properties.hidden !== undefined) continue;
		const hasBlocks = [...elements(child)].some((e) => blockTags.has(e.tagName));
		if (blockTags.has(child.tagName) && !hasBlocks) {
			const text = toString(child).replace(/\s+/g, ' ').trim();
			if (text) out.push(text);
		} else blockTexts(child, out);
	}
	return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The page's floor: its title and the text of its <main> as the barest valid HTML (one <p> per block),
 * gzipped. Text outside <main> (site header, navigation, footer) is furniture, not the page's own.
 */
export function plainHtmlFloor(html: string): number {
	const tree = fromHtml(html);
	const all = [...elements(tree)];
	const main = all.find((e) => e.tagName === 'main');
	const title = all.find((e) => e.tagName === 'title');
	if (!main) throw new Error('page has no <main>');
	const titleText = escapeHtml(title ? toString(title) : '');
	const body = blockTexts(main).map((t) => `<p>${escapeHtml(t)}</p>`);
	return gzipped(`<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>${titleText}</title>\n${body.join('\n')}`);
}
