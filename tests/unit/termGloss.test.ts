import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossHead } from '../../src/lib/termGloss.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

test('glossHead: the rendering before the first colon, or the whole gloss', () => {
	assert.equal(glossHead('dual reporting: Party organisations of units report to the community'), 'dual reporting');
	assert.equal(glossHead('7+X: seven standard services: and more'), '7+X');
	assert.equal(glossHead('three in one (Changsha): the two committees'), 'three in one (Changsha)');
	assert.equal(glossHead('ledger'), 'ledger');
	assert.equal(glossHead('10:30 is not a rendering'), '10:30 is not a rendering');
});

test('every gloss of the real glossary opens with a short rendering (what the index shows)', () => {
	const { library, problems } = readContent(realContentDir);
	assert.deepEqual(problems, []);
	for (const term of library.terms ?? []) {
		const head = glossHead(term.data.gloss);
		assert.notEqual(head, term.data.gloss, `${term.id}: “rendering: explanation”`);
		assert.ok(head.split(/\s+/).length <= 12, `${term.id}: a short rendering (${head})`);
	}
});
