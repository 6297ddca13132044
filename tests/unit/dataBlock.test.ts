import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeValue, isDataBlock } from '../../src/lib/dataBlock.ts';
import { cspHash, dataBlockTexts, inlineTexts, narrowCsp } from '../../src/lib/narrowCsp.ts';

test('scripts that run: no type, an empty type, a JavaScript MIME type, module, importmap, speculationrules', () => {
	for (const type of [undefined, '', 'text/javascript', ' TEXT/JavaScript ', 'application/ecmascript', 'module', 'importmap', 'speculationrules']) assert.equal(isDataBlock(type), false, String(type));
	assert.equal(isDataBlock(undefined, 'javascript'), false, 'language="javascript"');
	assert.equal(isDataBlock(undefined, ''), false);
});

test('data blocks: JSON-LD, JSON, any other type, a JavaScript type with parameters', () => {
	for (const type of ['application/ld+json', 'application/json', 'text/plain', 'text/javascript; charset=utf-8']) assert.equal(isDataBlock(type), true, type);
	assert.equal(isDataBlock(undefined, 'vbscript'), true);
});

test('attributeValue reads quoted, unquoted and empty attributes', () => {
	assert.equal(attributeValue(' type="application/ld+json"', 'type'), 'application/ld+json');
	assert.equal(attributeValue(" type='module' defer", 'type'), 'module');
	assert.equal(attributeValue(' type=module', 'type'), 'module');
	assert.equal(attributeValue(' type', 'type'), '');
	assert.equal(attributeValue(' data-type="x"', 'type'), undefined);
	assert.equal(attributeValue('', 'type'), undefined);
});

test('CSP hashes cover the scripts that run and never a data block', () => {
	const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${cspHash('a()')} ${cspHash('{"@type":"Thing"}')}"><script type="application/ld+json">{"@type":"Thing"}</script><script>a()</script></head></html>`;
	assert.deepEqual(inlineTexts(html, 'script'), ['a()']);
	assert.deepEqual(dataBlockTexts(html), [{ type: 'application/ld+json', text: '{"@type":"Thing"}' }]);
	assert.match(narrowCsp(html), new RegExp(`script-src 'self' ${cspHash('a()').replace(/[+/]/g, '\\$&')}">`));
});
