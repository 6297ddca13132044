import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facetCounts } from '../../src/lib/facets.ts';

const records = [
	{ province: ['shandong'], type: ['speech'], year: ['2022'], theme: ['grid', 'service'] },
	{ province: ['shandong'], type: ['case'], year: ['2018'], theme: ['service'] },
	{ province: ['hunan'], type: ['case'], year: ['2018'], theme: ['grid'] },
	{ province: ['guizhou'], type: ['policy'], year: ['2008'], theme: [] },
];

test('with nothing chosen, each value counts its records', () => {
	const counts = facetCounts(records, new Map());
	assert.deepEqual(Object.fromEntries(counts.get('province')!), { shandong: 2, hunan: 1, guizhou: 1 });
	assert.deepEqual(Object.fromEntries(counts.get('theme')!), { grid: 2, service: 2 });
});

test('a facet counts the records matching every other chosen value; values that cannot combine count 0 (absent)', () => {
	const counts = facetCounts(records, new Map([['province', 'shandong'], ['year', '2022']]));
	// Other provinces, with year 2022: none; Shandong with year 2022: 1.
	assert.deepEqual(Object.fromEntries(counts.get('province')!), { shandong: 1 });
	// Years, with Shandong: 2022 and 2018, one each.
	assert.deepEqual(Object.fromEntries(counts.get('year')!), { '2022': 1, '2018': 1 });
	// Types and themes, with Shandong and 2022.
	assert.deepEqual(Object.fromEntries(counts.get('type')!), { speech: 1 });
	assert.deepEqual(Object.fromEntries(counts.get('theme')!), { grid: 1, service: 1 });
	assert.equal(counts.get('type')!.get('policy') ?? 0, 0);
});

test('static choices: one or two values, in facet order; a value toggles, replaces its facet’s value, or has no page beyond two', async () => {
	const { choiceHref, toggleHref } = await import('../../src/lib/facets.ts');
	assert.equal(choiceHref([]), '/cases/');
	assert.equal(choiceHref([{ facet: 'year', id: '2022' }, { facet: 'province', id: 'shandong' }]), '/cases/province/shandong/year/2022/');
	const one = [{ facet: 'province' as const, id: 'shandong' }];
	assert.equal(toggleHref(one, 'year', '2022'), '/cases/province/shandong/year/2022/');
	assert.equal(toggleHref(one, 'province', 'hunan'), '/cases/province/hunan/');
	assert.equal(toggleHref(one, 'province', 'shandong'), '/cases/');
	const two = [...one, { facet: 'year' as const, id: '2022' }];
	assert.equal(toggleHref(two, 'year', '2022'), '/cases/province/shandong/');
	assert.equal(toggleHref(two, 'year', '2018'), '/cases/province/shandong/year/2018/');
	assert.equal(toggleHref(two, 'type', 'case-report'), undefined);
});
