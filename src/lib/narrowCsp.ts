/**
 * Narrows the Content-Security-Policy that Astro writes into a page's <meta> to what that page runs.
 * Astro lists, on every page, the hashes of every inline script and style of the whole build plus
 * its island bootstrap code (registered because MDX is a renderer; the site has no islands): about
 * 550 gzipped bytes of incompressible base64 per page, and permission for code the page never has.
 * Each page keeps exactly the hashes of its own inline <script> and <style> elements; the rest of the
 * policy is untouched, and 'unsafe-inline' is never added. 'wasm-unsafe-eval' (Pagefind's WebAssembly)
 * stays only on pages that say they run it (`data-uses-wasm`).
 */
import { createHash } from 'node:crypto';
import { attributeValue, isDataBlock } from './dataBlock.ts';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The sha256 CSP source of an inline element's text, as Astro computes it. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The texts of the page's inline code of one kind: `script` without src that a browser would run (a
 * data block such as JSON-LD never runs, so CSP does not check it: src/lib/dataBlock.ts), `style`.
 */
export function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
	const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
	return [...html.matchAll(pattern)]
		.filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !(tag === 'script' && isDataBlock(attributeValue(attrs!, 'type'), attributeValue(attrs!, 'language'))))
		.map(([, , text]) => text!);
}

/** The texts of the page's data blocks (`<script type="application/ld+json">` …), which never run. */
export function dataBlockTexts(html: string): { type: string; text: string }[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc=/.test(attrs!) && isDataBlock(attributeValue(attrs!, 'type'), attributeValue(attrs!, 'language')))
		.map(([, attrs, text]) => ({ type: attributeValue(attrs!, 'type')!.trim().toLowerCase(), text: text! }));
}

/** A policy's directives in order: name → sources. */
function parsePolicy(content: string): Map<string, string[]> {
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
}

/** The page with its CSP's script-src and style-src hash lists cut to its own inline code. */
export function narrowCsp(html: string): string {
	const meta = metaPattern.exec(html);
	if (!meta) return html;
	const own: Record<string, Set<string>> = {
		'script-src': new Set(inlineTexts(html, 'script').map(cspHash)),
		'style-src': new Set(inlineTexts(html, 'style').map(cspHash)),
	};
	const isHash = (s: string) => /^'sha(256|384|512)-/.test(s);
	const usesWasm = /\sdata-uses-wasm[\s>=]/.test(html);
	const keep = (name: string, s: string) => (!isHash(s) || own[name]!.has(s)) && (s !== "'wasm-unsafe-eval'" || usesWasm);
	const policy = [...parsePolicy(meta[1]!)]
		.map(([name, sources]) => [name, ...(own[name] ? sources.filter((s) => keep(name, s)) : sources)].join(' '))
		.join('; ');
	return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/** The page's policy, parsed: directive name → sources. */
export function readCsp(html: string): Map<string, string[]> | undefined {
	const meta = metaPattern.exec(html);
	return meta ? parsePolicy(meta[1]!) : undefined;
}
