import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FlatFact } from '../../src/lib/compareMatrix.ts';
import {
	choosePlaces,
	defaultAllPlaces,
	footnoteSource,
	printSources,
	readSelection,
	selectionMatrix,
	selectionRows,
	selectionSearch,
	showsEveryPlace,
	type CompareIndex,
	type ComparisonColumn,
} from '../../src/lib/compareSelection.ts';

const index: CompareIndex = {
	groups: [
		{ id: 'basics', label: '基本情况' },
		{ id: 'streets', label: '街道赋权与社区减负' },
	],
	dimensions: [
		{ id: 'streets-count', label: '街道数', group: '基本情况', scope: '街道总数', kind: 'quantity', unit: '个' },
		{ id: 'communities-count', label: '社区数', group: '基本情况', scope: '社区总数', kind: 'quantity', unit: '个' },
		{ id: 'street-powers', label: '赋予街道的权力', group: '街道赋权与社区减负', scope: '权力名称', kind: 'practice', unit: null },
	],
	provinces: [{ id: 'p', name: '某省', places: 3 }],
};

/** The places as their own files name them (the index lists none). */
const places: ComparisonColumn[] = [
	{ id: 'jia', name: '甲市', place: '某省甲市', level: '地级市', province: { id: 'p', name: '某省' } },
	{ id: 'yi', name: '乙市', place: '某省乙市', level: '地级市', province: { id: 'p', name: '某省' } },
	{ id: 'bing', name: '丙市', place: '某省丙市', level: '县级市', province: { id: 'p', name: '某省' } },
];

function fact(over: Partial<FlatFact>): FlatFact {
	return {
		recordId: 'a',
		recordTitle: '甲市的做法',
		jurisdictionId: 'jia',
		dimensionId: 'streets-count',
		value: 95,
		unit: '个',
		qualifier: undefined,
		quote: '甲市有95个街道',
		note: undefined,
		paragraph: 1,
		href: '/cases/a/#p-1',
		display: '95个',
		asOf: '2018',
		asOfIsRecordDate: true,
		docType: 'case-report',
		jurisdictionLevel: 'prefecture-level city',
		baseValue: null,
		baseUnit: null,
		...over,
	};
}

const facts = [
	fact({}),
	fact({ dimensionId: 'street-powers', value: '人事考核权', display: '人事考核权', quote: '赋予街道人事考核权', paragraph: 3, href: '/cases/a/#p-3' }),
	fact({ recordId: 'a2', recordTitle: '甲市的另一篇', quote: '甲市另有说法95个街道', paragraph: 2, href: '/cases/a2/#p-2' }),
	fact({ recordId: 'b', recordTitle: '乙市的做法', jurisdictionId: 'yi', value: 53, display: '53个', quote: '乙市有53个街道', paragraph: 2, href: '/cases/b/#p-2' }),
];

test('readSelection keeps the URL’s place order, each place once, and defaults to every group', () => {
	assert.deepEqual(readSelection('?places=yi,jia,yi', index), { places: ['yi', 'jia'], groups: ['basics', 'streets'] });
	assert.deepEqual(readSelection('?places=jia&groups=streets,g3', index), { places: ['jia'], groups: ['streets'] });
	// No choice in the URL: undefined, and the builder shows every place only when there are few.
	assert.equal(readSelection('', index).places, undefined);
	assert.deepEqual(readSelection('?places=', index).places, []);
});

test('showsEveryPlace only for a library of a few places, counted from the provinces (the index lists no place)', () => {
	assert.equal(showsEveryPlace(index), true);
	const provinces = (counts: number[]) => ({ ...index, provinces: counts.map((places, i) => ({ id: `p${i}`, name: `${i}省`, places })) });
	assert.equal(showsEveryPlace(provinces([defaultAllPlaces - 2, 2])), true);
	assert.equal(showsEveryPlace(provinces([defaultAllPlaces - 2, 3])), false);
	assert.equal(showsEveryPlace(provinces(Array.from({ length: 31 }, () => 60))), false);
});

test('choosePlaces keeps the columns already chosen in place and appends new ones in the order given', () => {
	assert.deepEqual(choosePlaces(['yi', 'jia'], ['bing'], true), ['yi', 'jia', 'bing']);
	// A province's 全选: its places after those chosen, none twice.
	assert.deepEqual(choosePlaces(['yi'], ['jia', 'yi', 'bing'], true), ['yi', 'jia', 'bing']);
	assert.deepEqual(choosePlaces(['yi', 'jia', 'bing'], ['yi'], false), ['jia', 'bing']);
	// A province's 全不选 leaves the other provinces' places.
	assert.deepEqual(choosePlaces(['x', 'yi', 'z', 'jia'], ['jia', 'yi', 'bing'], false), ['x', 'z']);
});

test('selectionSearch writes a link a trainer can send, groups left out when all are chosen', () => {
	assert.equal(selectionSearch({ places: ['yi', 'jia'], groups: ['streets'] }, index), '?places=yi,jia&groups=streets');
	assert.equal(selectionSearch({ places: ['jia'], groups: ['basics', 'streets'] }, index), '?places=jia');
});

test('selectionMatrix shows only dimensions some chosen place states, and counts the hidden ones', () => {
	const { groups, shown, hidden } = selectionMatrix(facts, index, { places: ['yi', 'bing'], groups: ['basics', 'streets'] });
	assert.equal(shown, 1);
	assert.equal(hidden, 2);
	assert.deepEqual(
		groups.map((g) => [g.group, g.rows.map((r) => r.dimensionId)]),
		[['基本情况', ['streets-count']]],
	);
	// Facts of places not chosen never reach a cell.
	assert.deepEqual(groups[0]!.rows[0]!.cells.map((c) => c.facts.map((f) => f.jurisdictionId)), [['yi'], []]);
});

test('selectionRows holds exactly the facts shown, with absolute paragraph links', () => {
	const { groups } = selectionMatrix(facts, index, { places: ['jia'], groups: ['streets'] });
	const rows = selectionRows(groups, index, places, 'https://example.org');
	assert.equal(rows[0]!.jurisdiction_name, '甲市');
	assert.equal(rows.length, 1);
	assert.equal(rows[0]!.paragraph_url, 'https://example.org/cases/a/#p-3');
});

test('printSources lists each cited record once, in order of first use, with its address', () => {
	const { groups } = selectionMatrix(facts, index, { places: ['jia', 'yi'], groups: ['basics', 'streets'] });
	assert.deepEqual(printSources(groups, places, 'https://example.org'), [
		{ recordId: 'a', title: '甲市的做法', place: '甲市', url: 'https://example.org/cases/a/' },
		{ recordId: 'a2', title: '甲市的另一篇', place: '甲市', url: 'https://example.org/cases/a2/' },
		{ recordId: 'b', title: '乙市的做法', place: '乙市', url: 'https://example.org/cases/b/' },
	]);
});

test('a footnote names the place and paragraph, and the record too when its place has several cited', () => {
	const { groups } = selectionMatrix(facts, index, { places: ['jia', 'yi'], groups: ['basics', 'streets'] });
	const sources = printSources(groups, places, 'https://example.org');
	assert.equal(footnoteSource(facts[3]!, sources), '乙市，第2段');
	assert.equal(footnoteSource(facts[2]!, sources), '甲市《甲市的另一篇》，第2段');
});
