import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexPartChars, indexPartPaths, indexPartSize, partCount, partitionIndexPaths, partSize, splitIntoParts } from '../../src/lib/searchIndexParts.ts';

test('one part up to the part size, at /pagefind/; more parts as sibling folders', () => {
	assert.deepEqual(indexPartPaths(8), ['/pagefind/']);
	assert.deepEqual(indexPartPaths(0), ['/pagefind/']);
	assert.deepEqual(indexPartPaths(indexPartSize), ['/pagefind/']);
	assert.deepEqual(indexPartPaths(indexPartSize + 1), ['/pagefind/', '/pagefind-2/']);
	assert.equal(indexPartPaths(5000).length, Math.ceil(5000 / indexPartSize));
	for (const path of indexPartPaths(5000).slice(1)) assert.ok(!path.startsWith('/pagefind/'), `${path} is not under the primary bundle`);
});

test('every record is in exactly one part, in order', () => {
	const items = Array.from({ length: 2500 }, (_, i) => i);
	const parts = splitIntoParts(items, 3);
	assert.deepEqual(parts.map((p) => p.length), [833, 833, 834]);
	assert.deepEqual(parts.flat(), items);
	assert.deepEqual(splitIntoParts([], 1), [[]]);
	assert.deepEqual(splitIntoParts([1, 2, 3], 3), [[1], [2], [3]]);
});

test('the part size is 2,500 unless LIBRARY_INDEX_PART_SIZE says otherwise, and a bad value is refused', () => {
	assert.equal(partSize(undefined), 2500);
	assert.equal(partSize(''), 2500);
	assert.equal(partSize('50'), 50);
	for (const bad of ['0', '-3', '2.5', 'many']) assert.throws(() => partSize(bad), /LIBRARY_INDEX_PART_SIZE/);
});

test('a part holds at most its records and its characters of text: long records make more parts', () => {
	assert.equal(partCount(8, 24_000), 1);
	assert.equal(partCount(0, 0), 1);
	// The synthetic mix at 5,000 records (3,035 characters a record): 2 parts; its 2,500 long records alone (4,337): 2 parts.
	assert.equal(partCount(5000, 5000 * 3035), 2);
	assert.equal(partCount(2500, 2500 * 4337), 2);
	assert.equal(partCount(2500, 2500 * 1733), 1);
	assert.equal(partCount(3, 3 * indexPartChars), 3);
	assert.equal(partCount(2, 10 * indexPartChars), 2, 'never more parts than records');
	assert.equal(partCount(indexPartSize + 1, 0), 2);
});

test('a partitioned library numbers its parts across partitions, the first part of all being /pagefind/', () => {
	const text = (records: number, chars = records * 3000) => ({ records, chars });
	assert.deepEqual(partitionIndexPaths([text(8)]), [['/pagefind/']]);
	assert.deepEqual(partitionIndexPaths([text(2), text(6)]), [['/pagefind/'], ['/pagefind-2/']]);
	assert.deepEqual(partitionIndexPaths([text(2600), text(2400)], 2500), [['/pagefind/', '/pagefind-2/'], ['/pagefind-3/']]);
	assert.deepEqual(partitionIndexPaths([text(2500, 2500 * 4337), text(2500, 2500 * 1733)]), [['/pagefind/', '/pagefind-2/'], ['/pagefind-3/']]);
	// A partition without records has no part; the runtime goes with the first part there is.
	assert.deepEqual(partitionIndexPaths([text(0), text(3)]), [[], ['/pagefind/']]);
	const all = partitionIndexPaths([text(5000), text(2501), text(1)], 2500).flat();
	assert.equal(new Set(all).size, all.length);
});
