import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupBy, sortByYear } from '../../src/lib/groupRecords.ts';

const records = [
	{ id: 'a', year: 2018 },
	{ id: 'b', year: undefined },
	{ id: 'c', year: 2015 },
	{ id: 'd', year: 2018 },
	{ id: 'e', year: 2020 },
	{ id: 'f', year: undefined },
];
const ids = (items: { id: string }[]) => items.map((r) => r.id).join('');

describe('groupBy', () => {
	test('keeps the first-seen order of keys and the order of items within a group', () => {
		const groups = groupBy(records, (r) => r.year);
		assert.deepEqual(
			groups.map((g) => [g.key, ids(g.items)]),
			[
				[2018, 'ad'],
				[undefined, 'bf'],
				[2015, 'c'],
				[2020, 'e'],
			],
		);
	});

	test('an empty list has no groups', () => {
		assert.deepEqual(
			groupBy([], () => 1),
			[],
		);
	});
});

describe('sortByYear', () => {
	test('ascending, records without a year last, ties in their original order', () => {
		assert.equal(ids(sortByYear(records, 'asc')), 'cadebf');
	});

	test('descending, records without a year still last', () => {
		assert.equal(ids(sortByYear(records, 'desc')), 'eadcbf');
	});

	test('does not change the input', () => {
		const before = ids(records);
		sortByYear(records, 'desc');
		assert.equal(ids(records), before);
	});
});
