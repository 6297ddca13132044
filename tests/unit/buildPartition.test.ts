import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evenSplitYear, keptByRecordsBuild, parseBuildShare, partitionCount, partitionOf, rendersLibrary, rendersRecord } from '../../src/lib/buildPartition.ts';

test('unset, a build makes the whole library', () => {
	const share = parseBuildShare(undefined, undefined);
	assert.deepEqual(share, { kind: 'whole' });
	assert.ok(rendersLibrary(share));
	assert.ok(rendersRecord(2008, share) && rendersRecord(undefined, share));
	assert.equal(partitionCount(share), 1);
});

test('partitions by the years at which they begin; an unknown year goes to the first', () => {
	const library = parseBuildShare('library', '2015, 2020');
	assert.equal(partitionCount(library), 3);
	assert.deepEqual(
		[undefined, 2008, 2014, 2015, 2019, 2020, 2024].map((y) => partitionOf(y, library)),
		[1, 1, 1, 2, 2, 3, 3],
	);
	assert.ok(rendersLibrary(library));
	assert.ok(!rendersRecord(2018, library), 'the library build renders no record pages');
	const second = parseBuildShare('2', '2015,2020');
	assert.ok(!rendersLibrary(second));
	assert.deepEqual(
		[undefined, 2014, 2015, 2019, 2020].map((y) => rendersRecord(y, second)),
		[false, false, true, true, false],
	);
});

test('a plan or share it cannot use is refused, naming the variable', () => {
	assert.throws(() => parseBuildShare('1', undefined), /LIBRARY_PARTITIONS/);
	assert.throws(() => parseBuildShare('1', '15'), /LIBRARY_PARTITIONS: "15"/);
	assert.throws(() => parseBuildShare('1', '2020,2015'), /ascend/);
	assert.throws(() => parseBuildShare('3', '2015'), /LIBRARY_PARTITION: "3"/);
	assert.throws(() => parseBuildShare('records', '2015'), /LIBRARY_PARTITION: "records"/);
});

test('a partition build keeps its records’ folders, its search input, the assets and its sitemap', () => {
	const ids = new Set(['lanzhou-wangge-dangjian']);
	for (const kept of ['cases/lanzhou-wangge-dangjian/index.html', 'cases/lanzhou-wangge-dangjian/cite.ris', 'search/records/lanzhou-wangge-dangjian.json', 'search/index-parts.json', '_astro/record.abc.css', 'sitemap-0.xml'])
		assert.ok(keptByRecordsBuild(kept, ids), kept);
	for (const removed of ['index.html', 'cases/index.html', 'cases/changsha-sixiang-zaizao/index.html', 'cases/page/2/index.html', 'search/index.html', 'data/index.html', 'favicon.svg', 'robots.txt', 'terms/index.html'])
		assert.ok(!keptByRecordsBuild(removed, ids), removed);
});

test('the even split of two partitions: the year that halves the records best (undated records count with the first)', () => {
	// The synthetic corpus keeps the real records' years: 2008, undated, 2018 ×2, 2022 ×4.
	assert.equal(evenSplitYear([2008, undefined, 2018, 2018, 2022, 2022, 2022, 2022]), 2022);
	assert.equal(evenSplitYear([2001, 2002, 2003, 2004]), 2003);
	assert.equal(evenSplitYear([2018, 2018, undefined]), undefined);
});
