import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cspHash, narrowCsp, readCsp } from '../../src/lib/narrowCsp.ts';

const policy = (scriptHashes: string[], styleHashes: string[]) =>
	`<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' ${scriptHashes.join(' ')}; style-src 'self' ${styleHashes.join(' ')};">`;

test('cspHash is the sha256 source of the text, as a CSP names it', () => {
	assert.equal(cspHash(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});

test('narrowCsp keeps the hashes of the page’s own inline code and drops the rest of the build’s', () => {
	const own = 'console.log(1)';
	const other = cspHash('island()');
	const html = `<html><head>${policy([cspHash(own), other], [cspHash('p{}'), cspHash('.x{}')])}<style>p{}</style></head><body><script type="module">${own}</script><script src="/a.js"></script></body></html>`;
	const csp = readCsp(narrowCsp(html))!;
	assert.deepEqual(csp.get('script-src'), ["'self'", cspHash(own)]);
	assert.deepEqual(csp.get('style-src'), ["'self'", cspHash('p{}')]);
	assert.deepEqual(csp.get('default-src'), ["'self'"]);
	assert.deepEqual(csp.get('object-src'), ["'none'"]);
});

test('narrowCsp leaves a page without inline code with its origins only, and never adds unsafe-inline', () => {
	const narrowed = narrowCsp(`<html><head>${policy([cspHash('a')], [cspHash('b')])}</head><body></body></html>`);
	assert.match(narrowed, /script-src 'self'; style-src 'self'"/);
	assert.doesNotMatch(narrowed, /unsafe-inline|sha256/);
});

test('narrowCsp leaves a page without a policy unchanged', () => {
	assert.equal(narrowCsp('<p>x</p>'), '<p>x</p>');
});

test("narrowCsp keeps 'wasm-unsafe-eval' in script-src only on pages that say they run WebAssembly (data-uses-wasm)", () => {
	const head = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHash('x')}; style-src 'self'">`;
	const page = (body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
	const scriptSrc = (html: string) => readCsp(narrowCsp(html))!.get('script-src');
	for (const body of ['<main data-uses-wasm>', '<main class="search" data-uses-wasm="">', '<div\tdata-uses-wasm\n>', '<form data-uses-wasm=true>'])
		assert.deepEqual(scriptSrc(page(body)), ["'self'", "'wasm-unsafe-eval'"], body);
	for (const body of ['<main>', '<main data-uses-wasm-later>', '<p>data-uses-wasmx</p>', '<script>document.querySelector("[data-uses-wasm]")</script>'])
		assert.ok(!scriptSrc(page(body))!.includes("'wasm-unsafe-eval'"), body);
	// Only the wasm source goes: the rest of the policy is as it was.
	const narrowed = readCsp(narrowCsp(page('<main>')))!;
	assert.deepEqual(narrowed.get('default-src'), ["'self'"]);
	assert.deepEqual(narrowed.get('script-src'), ["'self'"]);
	assert.deepEqual(narrowed.get('style-src'), ["'self'"]);
});
