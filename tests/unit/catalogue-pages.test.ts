import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogueHref, laterPages, listingPage, pageCount, pageItems, pagerItems } from '../../src/lib/cataloguePages.ts';

test('a listing fills pages of 50; an empty one still has its first page', () => {
	assert.equal(pageCount(0), 1);
	assert.equal(pageCount(50), 1);
	assert.equal(pageCount(51), 2);
	assert.equal(pageCount(5000), 100);
	assert.deepEqual(laterPages(8), []);
	assert.deepEqual(laterPages(120), [2, 3]);
});

test('pages cut the items in order, every item on exactly one page', () => {
	const items = Array.from({ length: 123 }, (_, i) => i);
	const pages = [1, ...laterPages(items.length)].map((n) => pageItems(items, n));
	assert.deepEqual(pages.map((p) => p.length), [50, 50, 23]);
	assert.deepEqual(pages.flat(), items);
});

test('page 1 is the listing itself; later pages sit under page/', () => {
	assert.equal(catalogueHref('/cases/', 1), '/cases/');
	assert.equal(catalogueHref('/cases/', 3), '/cases/page/3/');
	assert.equal(catalogueHref('/cases/province/hunan/', 2), '/cases/province/hunan/page/2/');
});

test('the pager shows first, last and the neighbourhood of the current page, gaps marked', () => {
	assert.deepEqual(pagerItems(1, 1), [1]);
	assert.deepEqual(pagerItems(2, 4), [1, 2, 3, 4]);
	assert.deepEqual(pagerItems(1, 100), [1, 2, 3, 'gap', 100]);
	assert.deepEqual(pagerItems(50, 100), [1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
	assert.deepEqual(pagerItems(5, 10), [1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
	assert.deepEqual(pagerItems(100, 100), [1, 'gap', 98, 99, 100]);
});

test('a listing page knows its items, their positions, the page count and every page address', () => {
	const items = Array.from({ length: 123 }, (_, i) => i);
	const third = listingPage(items, 3, '/cases/type/speech/');
	assert.deepEqual(third.shown, items.slice(100));
	assert.deepEqual([third.first, third.last, third.pages], [101, 123, 3]);
	assert.equal(third.href(2), '/cases/type/speech/page/2/');
	assert.equal(third.href(1), '/cases/type/speech/');
});
