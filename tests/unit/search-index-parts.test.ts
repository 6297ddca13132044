import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexPartPaths, indexPartSize, partitionIndexPaths, partSize, splitIntoParts } from '../../src/lib/searchIndexParts.ts';

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
	const parts = splitIntoParts(items, 1000);
	assert.deepEqual(parts.map((p) => p.length), [1000, 1000, 500]);
	assert.deepEqual(parts.flat(), items);
	assert.deepEqual(splitIntoParts([], 1000), [[]]);
});

test('the part size is 2,500 unless LIBRARY_INDEX_PART_SIZE says otherwise, and a bad value is refused', () => {
	assert.equal(partSize(undefined), 2500);
	assert.equal(partSize(''), 2500);
	assert.equal(partSize('50'), 50);
	for (const bad of ['0', '-3', '2.5', 'many']) assert.throws(() => partSize(bad), /LIBRARY_INDEX_PART_SIZE/);
});

test('a partitioned library numbers its parts across partitions, the first part of all being /pagefind/', () => {
	assert.deepEqual(partitionIndexPaths([8]), [['/pagefind/']]);
	assert.deepEqual(partitionIndexPaths([2, 6], 2500), [['/pagefind/'], ['/pagefind-2/']]);
	assert.deepEqual(partitionIndexPaths([2600, 2400], 2500), [['/pagefind/', '/pagefind-2/'], ['/pagefind-3/']]);
	// A partition without records has no part; the runtime goes with the first part there is.
	assert.deepEqual(partitionIndexPaths([0, 3], 2500), [[], ['/pagefind/']]);
	const all = partitionIndexPaths([5000, 2501, 1], 2500).flat();
	assert.equal(new Set(all).size, all.length);
});
