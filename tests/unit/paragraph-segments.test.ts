import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitAfterParagraphs } from '../../src/lib/paragraphSegments.ts';

test('each numbered paragraph ends a segment; nothing is lost or reordered', () => {
	const html = '<h2 id="a">一</h2>\n<p id="p-1" class="para"><a href="#p-1">¶1</a>甲<strong>乙</strong></p>\n<ul><li>丙</li></ul>\n<p id="p-2" class="para">丁</p>\n<p>戊</p>';
	const segments = splitAfterParagraphs(html);
	assert.equal(segments.map((s) => s.html).join(''), html);
	assert.deepEqual(
		segments.map((s) => s.paragraph),
		[{ id: 'p-1', n: 1 }, { id: 'p-2', n: 2 }, undefined],
	);
	assert.ok(segments[0]!.html.endsWith('乙</strong></p>'));
	assert.ok(segments[1]!.html.startsWith('\n<ul>'));
});

test('a body without numbered paragraphs is one segment; an empty body none', () => {
	assert.deepEqual(splitAfterParagraphs('<p>无编号</p>'), [{ html: '<p>无编号</p>' }]);
	assert.deepEqual(splitAfterParagraphs(''), []);
});
