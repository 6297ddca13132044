import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textLineDocs, textLines, toJsonLines } from '../../src/lib/textLines.ts';

const body = '## 一、组织体系\n\n长沙市有**95个**街道，\n596个社区。\n\n1\\. 建立“双报到”机制。';

test('a line per body block, headings counted in the ¶ numbers, markup and escapes removed, lines of a block joined', () => {
	assert.deepEqual(textLines('changsha', body), [
		{ record: 'changsha', paragraph: 1, paragraph_url: '/cases/changsha/#p-1', heading: true, text: '一、组织体系' },
		{ record: 'changsha', paragraph: 2, paragraph_url: '/cases/changsha/#p-2', heading: false, text: '长沙市有95个街道，596个社区。' },
		{ record: 'changsha', paragraph: 3, paragraph_url: '/cases/changsha/#p-3', heading: false, text: '1. 建立“双报到”机制。' },
	]);
});

test('paragraph_url is absolute on the site’s address when there is one, site-relative otherwise', () => {
	assert.equal(textLines('changsha', body, 'https://cases.example.org/')[1]!.paragraph_url, 'https://cases.example.org/cases/changsha/#p-2');
	assert.equal(textLines('changsha', body)[1]!.paragraph_url, '/cases/changsha/#p-2');
});

test('JSON Lines: one object a line, every line ended, so that records’ files concatenate; fields as documented', () => {
	const text = toJsonLines(textLines('changsha', body));
	assert.ok(text.endsWith('\n'));
	const lines = text.slice(0, -1).split('\n');
	assert.equal(lines.length, 3);
	for (const line of lines) assert.deepEqual(Object.keys(JSON.parse(line)), Object.keys(textLineDocs));
	assert.equal(toJsonLines([]), '');
	assert.equal(toJsonLines(textLines('a', '甲')) + toJsonLines(textLines('b', '乙')), toJsonLines([...textLines('a', '甲'), ...textLines('b', '乙')]));
});
