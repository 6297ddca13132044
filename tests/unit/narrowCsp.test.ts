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
