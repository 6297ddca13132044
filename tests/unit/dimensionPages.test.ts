import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FlatFact } from '../../src/lib/compareMatrix.ts';
import { dimensionPageHref, limitFacts, newestPerCell, pageOfPlaces, paginateCells, placeAnchor } from '../../src/lib/dimensionPages.ts';
import { packPages } from '../../src/lib/packPages.ts';

const fact = (place: string, n: number, asOf: string | null = '2018'): FlatFact =>
	({ jurisdictionId: place, dimensionId: 'd', quote: `${place}${n}`, asOf, asOfIsRecordDate: false }) as FlatFact;
const cell = (place: string, count: number) => ({ jurisdictionId: place, facts: Array.from({ length: count }, (_, i) => fact(place, i)) });

test('paginateCells keeps a place on one page when it fits, and never passes the limit', () => {
	const pages = paginateCells([cell('a', 2), cell('b', 2), cell('silent', 0), cell('c', 2)], 4);
	assert.deepEqual(
		pages.map((p) => p.map((part) => `${part.jurisdictionId}:${part.facts.length}`)),
		[['a:2', 'b:2'], ['c:2']],
	);
});

test('a place larger than a page is split over pages of its own, later parts marked continued', () => {
	const pages = paginateCells([cell('a', 1), cell('big', 9), cell('b', 1)], 4);
	assert.deepEqual(
		pages.map((p) => p.map((part) => `${part.jurisdictionId}:${part.facts.length}${part.continued ? '+' : ''}`)),
		[['a:1'], ['big:4'], ['big:4+'], ['big:1+', 'b:1']],
	);
	// Every fact is listed exactly once.
	assert.equal(pages.flat().reduce((n, p) => n + p.facts.length, 0), 11);
	assert.deepEqual([...pageOfPlaces(pages)], [['a', 1], ['big', 2], ['b', 4]]);
});

test('dimension page addresses and place anchors', () => {
	assert.equal(dimensionPageHref('grids-count'), '/compare/grids-count/');
	assert.equal(dimensionPageHref('grids-count', 3), '/compare/grids-count/3/');
	assert.equal(placeAnchor('changsha'), 'j-changsha');
});

test('limitFacts keeps every fact up to the limit, else the newest and how many more', () => {
	const few = [fact('a', 1), fact('a', 2)];
	assert.deepEqual(limitFacts(few, 5), { facts: few, more: 0 });
	const many = [fact('a', 1, '2008'), fact('a', 2, '2022'), fact('a', 3, null), fact('a', 4, '2018')];
	const limited = limitFacts(many, 2);
	assert.deepEqual(limited.facts.map((f) => f.asOf), ['2022', '2018']);
	assert.equal(limited.more, 2);
});

test('packPages closes a page before an item that would pass the count or the weight', () => {
	const weights = [3, 3, 1, 5, 1, 1, 1];
	assert.deepEqual(packPages(weights, (w) => w, { maxItems: 3, maxWeight: 6 }), [[3, 3], [1, 5], [1, 1, 1]]);
	// An item heavier than a page stands alone.
	assert.deepEqual(packPages([1, 9, 1], (w) => w, { maxItems: 10, maxWeight: 4 }), [[1], [9], [1]]);
	assert.deepEqual(packPages([], (w: number) => w, { maxItems: 2, maxWeight: 2 }), []);
});

test('newestPerCell keeps the newest few rows of each cell, in their order, and counts the rest', () => {
	const rows = [
		{ cell: 'a', date: '2008', n: 1 },
		{ cell: 'b', date: '2018', n: 2 },
		{ cell: 'a', date: '2022', n: 3 },
		{ cell: 'a', date: null, n: 4 },
		{ cell: 'a', date: '2018', n: 5 },
	];
	const { kept, more } = newestPerCell(rows, (r) => r.cell, (r) => r.date, 2);
	assert.deepEqual(kept.map((r) => r.n), [2, 3, 5]);
	assert.deepEqual(more.map((m) => [m.row.cell, m.count]), [['a', 2]]);
	assert.deepEqual(newestPerCell(rows, (r) => r.cell, (r) => r.date, 5).more, []);
});
