import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { getPageType } from '../../src/lib/getPageType.ts';
import { pageWeight, plainHtmlFloor } from '../../src/lib/pageWeight.ts';

const assets: Record<string, string> = {
	'/a.css': 'body { color: red; }'.repeat(20),
	'/p.css': '@media print { body { color: black; } }',
	'/s.js': 'console.log(1);'.repeat(10),
	'/m.js': 'export const x = 1;',
};
const read = (path: string) => {
	if (!(path in assets)) throw new Error(`missing ${path}`);
	return Buffer.from(assets[path]!);
};
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

test('pageWeight counts the HTML, screen stylesheets and scripts, gzipped; print stylesheets apart', () => {
	const html =
		'<!doctype html><html><head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><link rel="modulepreload" href="/m.js"><script type="module" src="/s.js"></script></head><body><main><p>文</p></main><script>alert(1)</script></body></html>';
	const w = pageWeight(html, read);
	assert.equal(w.html, gz(html));
	assert.equal(w.css, gz(assets['/a.css']!));
	assert.equal(w.print, gz(assets['/p.css']!));
	assert.equal(w.js, gz(assets['/s.js']!) + gz(assets['/m.js']!) + gz('alert(1)'));
	assert.equal(w.firstView, w.html + w.css + w.js);
	assert.deepEqual(w.assets.sort(), ['/a.css', '/m.js', '/p.css', '/s.js']);
});

test('pageWeight fails on an asset it cannot read, so a budget never passes by missing a file', () => {
	assert.throws(() => pageWeight('<link rel="stylesheet" href="/gone.css">', read), /missing \/gone\.css/);
});

test('pageWeight does not count JSON data blocks as script', () => {
	assert.equal(pageWeight('<script type="application/json">{"a":1}</script>', read).js, 0);
});

test('plainHtmlFloor is the title and the text of <main>, one <p> per block, without furniture or markup', () => {
	const page =
		'<html><head><title>长沙</title><style>p{}</style></head><body><nav><a href="/">首页</a></nav><main><h1 class="x">标题</h1><ul><li><a href="#p-1">¶1</a> 第一</li></ul><p hidden>隐藏</p><script>x()</script></main><footer>页脚</footer></body></html>';
	const expected = '<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>长沙</title>\n<p>标题</p>\n<p>¶1 第一</p>';
	assert.equal(plainHtmlFloor(page), gz(expected));
	assert.throws(() => plainHtmlFloor('<p>no main</p>'), /no <main>/);
});

test('getPageType names the page type of every kind of site path', () => {
	const cases: [string, string][] = [
		['/', 'home'],
		['/cases/', 'catalogue'],
		['/cases/by-year/ascending/', 'catalogue'],
		['/cases/province/hunan/', 'catalogue'],
		['/cases/changsha-sixiang-zaizao/', 'record'],
		['/cases/changsha-sixiang-zaizao/brief/', 'brief'],
		['/cases/changsha-sixiang-zaizao/cite/', 'citation'],
		['/places/', 'place'],
		['/places/changsha/', 'place'],
		['/events/urban-party-building-conference-2022/', 'event'],
		['/compare/', 'comparison-builder'],
		['/compare/all/', 'comparison'],
		['/compare/jiedao-shu/', 'comparison'],
		['/compare/province/shandong/', 'comparison-table'],
		['/compare/province/shandong/2/', 'comparison-table'],
		['/search/', 'search'],
		['/terms/', 'glossary'],
		['/terms/shuangbaodao/', 'term'],
		['/data/', 'data'],
		['/about/', 'other'],
		['/404.html', 'other'],
	];
	for (const [path, type] of cases) assert.equal(getPageType(path), type, path);
});
