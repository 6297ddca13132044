/**
 * The Content Security Policy of every built page (Astro's security.csp, narrowed per page by
 * src/integrations/narrowCsp.ts): present, no 'unsafe-inline' or 'unsafe-eval', nothing but the site's
 * own origin for scripts, styles and connections, and a hash for each inline script or style.
 * 'wasm-unsafe-eval' (compiling WebAssembly, which Pagefind needs; it does not allow eval) only on the
 * search page.
 *
 * A record's JSON-LD is a <script type="application/ld+json">: a data block, which the browser never
 * runs and CSP never checks (HTML, "prepare the script element": a data block returns before any
 * script-src check), so it needs no hash and is not counted as inline code (src/lib/dataBlock.ts). A
 * hash for it would allow nothing and widen nothing. To keep that exemption from covering anything
 * else, every data block must be JSON-LD that parses.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listFiles } from '../../scripts/lint-links.ts';
import { cspHash, dataBlockTexts, inlineTexts, readCsp } from '../../src/lib/narrowCsp.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const outDir = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const pages = existsSync(join(outDir, 'index.html')) ? listFiles(outDir).filter((f) => f.endsWith('.html')) : [];

test('every page carries a strict CSP that covers its own inline code and nothing else', () => {
	assert.ok(pages.length > 100, `${outDir}: run \`npm run build\` first (npm test does)`);
	const problems: string[] = [];
	for (const file of pages) {
		const html = readFileSync(join(outDir, file), 'utf8');
		const csp = readCsp(html);
		if (!csp) {
			problems.push(`${file}: no CSP`);
			continue;
		}
		const wasm = file === 'search/index.html' ? ["'wasm-unsafe-eval'"] : [];
		for (const [name, sources] of csp) {
			const allowed = name === 'script-src' ? wasm : [];
			if (sources.some((s) => !allowed.includes(s) && /unsafe-inline|unsafe-eval|\*|https?:/.test(s))) problems.push(`${file}: ${name} ${sources.join(' ')}`);
		}
		if (wasm.length && !csp.get('script-src')?.includes(wasm[0]!)) problems.push(`${file}: script-src lacks 'wasm-unsafe-eval' (Pagefind cannot run)`);
		for (const name of ['default-src', 'script-src', 'style-src', 'connect-src']) if (!csp.get(name)?.includes("'self'")) problems.push(`${file}: ${name} lacks 'self'`);
		assert.deepEqual(csp.get('object-src'), ["'none'"]);
		for (const [tag, directive] of [
			['script', 'script-src'],
			['style', 'style-src'],
		] as const) {
			const inline = inlineTexts(html, tag).map(cspHash);
			const hashes = (csp.get(directive) ?? []).filter((s) => s.startsWith("'sha"));
			if (inline.sort().join() !== [...new Set(hashes)].sort().join()) problems.push(`${file}: ${directive} hashes ${hashes.join(' ')} ≠ its inline ${tag}s ${inline.join(' ')}`);
		}
		for (const block of dataBlockTexts(html)) {
			if (block.type !== 'application/ld+json') problems.push(`${file}: a data block of type ${block.type} (only JSON-LD is expected)`);
			try {
				JSON.parse(block.text);
			} catch {
				problems.push(`${file}: a JSON-LD block that is not JSON`);
			}
		}
		if (/\sstyle="/.test(html)) problems.push(`${file}: an inline style attribute (needs 'unsafe-inline')`);
		if (/\son[a-z]+="/.test(html)) problems.push(`${file}: an inline event handler`);
	}
	assert.deepEqual(problems, []);
});
