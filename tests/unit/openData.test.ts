import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportTerm } from '../../src/lib/openData.ts';
import type { TermData } from '../../src/schemas/term.ts';

const data = {
	id: 'shuang-baodao',
	term: '双报到',
	gloss: 'dual reporting',
	aliases: ['雙報到'],
	theme: { collection: 'themes', id: 'mechanisms' },
	related: [],
	definition: { kind: 'editorial', text: '测试用。' },
	crossReferenceOnly: false,
} as unknown as TermData;

test('exportTerm: the term’s fields (references as ids), its records most uses first with their counts, and the totals', () => {
	const exported = exportTerm({ id: 'shuang-baodao', data, counts: new Map([['lanzhou', 2], ['changsha', 5], ['beijing', 2]]) });
	assert.equal(exported.id, 'shuang-baodao');
	assert.equal(exported.url, '/terms/shuang-baodao/');
	assert.equal((exported as unknown as { theme: string }).theme, 'mechanisms');
	assert.equal((exported as unknown as { gloss: string }).gloss, 'dual reporting');
	assert.deepEqual(exported.records, [
		{ record: 'changsha', count: 5 },
		{ record: 'beijing', count: 2 },
		{ record: 'lanzhou', count: 2 },
	]);
	assert.equal(exported.occurrences, 9);
	assert.equal(exported.recordCount, 3);
});

test('exportTerm: a term no record uses has an empty list and zero totals', () => {
	const exported = exportTerm({ id: 'shuang-baodao', data, counts: new Map() });
	assert.deepEqual([exported.records, exported.occurrences, exported.recordCount], [[], 0, 0]);
});
