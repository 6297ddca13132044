import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asOfLabel, buildMatrix, groupAnchor } from '../../src/lib/compareMatrix.ts';
import { contentFactSources, flattenFacts, type FactSource } from '../../src/lib/flattenFacts.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { dimensionGroups, type DimensionData } from '../../src/schemas/dimension.ts';

const dimension = (group: DimensionData['group'], label: string): DimensionData => ({ label, group, kind: 'quantity', unit: '个', scope: '测试口径', id: label } as DimensionData);
const body = '甲市有95个街道。\n\n乙市有53个街道，427个社区。';
const records: FactSource[] = [
	{ id: 'a', title: '甲', jurisdictionId: 'jia', docType: 'case-report', jurisdictionLevel: 'prefecture-level city', body, facts: [{ dimension: { collection: 'dimensions', id: 'streets' }, value: 95, unit: '个', quote: '甲市有95个街道' }] as never },
	{
		id: 'b',
		title: '乙',
		jurisdictionId: 'yi',
		docType: 'case-report',
		jurisdictionLevel: 'prefecture-level city',
		body,
		facts: [
			{ dimension: { collection: 'dimensions', id: 'streets' }, value: 53, unit: '个', quote: '乙市有53个街道' },
			{ dimension: { collection: 'dimensions', id: 'communities' }, value: 427, unit: '个', quote: '427个社区' },
		] as never,
	},
];
const dimensions = new Map([
	['streets', dimension('基本情况', '街道数')],
	['communities', dimension('基本情况', '社区数')],
	['unused', dimension('组织体系', '无数据')],
]);

describe('flattenFacts', () => {
	test('resolves each fact to its paragraph URL and printed value', () => {
		const flat = flattenFacts(records);
		assert.equal(flat.length, 3);
		assert.deepEqual(
			flat.map((f) => [f.recordId, f.href, f.display]),
			[
				['a', '/cases/a/#p-1', '95个'],
				['b', '/cases/b/#p-2', '53个'],
				['b', '/cases/b/#p-2', '427个'],
			],
		);
	});
});

describe('buildMatrix', () => {
	const facts = flattenFacts(records);
	test('cells hold the facts of their jurisdiction; a cell without facts is empty (未提及), never zero', () => {
		const [group] = buildMatrix(facts, dimensions, ['jia', 'yi', 'bing']);
		assert.equal(group!.group, '基本情况');
		const streets = group!.rows.find((r) => r.dimensionId === 'streets')!;
		assert.deepEqual(streets.cells.map((c) => c.facts.map((f) => f.value)), [[95], [53], []]);
		assert.equal(streets.coverage, 2);
	});
	test('rows are ordered by coverage, groups without facts are left out', () => {
		const groups = buildMatrix(facts, dimensions, ['jia', 'yi']);
		assert.deepEqual(groups.map((g) => g.group), ['基本情况']);
		assert.deepEqual(groups[0]!.rows.map((r) => r.dimensionId), ['streets', 'communities']);
	});
	test('minCoverage keeps only dimensions stated by that many jurisdictions', () => {
		const groups = buildMatrix(facts, dimensions, ['jia', 'yi'], { minCoverage: 2 });
		assert.deepEqual(groups.flatMap((g) => g.rows.map((r) => r.dimensionId)), ['streets']);
	});
	test('on the real library every fact lands in exactly one cell', () => {
		const { library } = readContent('content');
		const real = flattenFacts(contentFactSources(library));
		const columns = [...new Set(library.cases.map((c) => c.data.jurisdiction.id))];
		const matrix = buildMatrix(real, new Map(library.dimensions.map((d) => [d.id, d.data])), columns);
		const placed = matrix.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.facts)));
		assert.equal(placed.length, real.length);
	});
});

test('groupAnchor gives each group its stable ASCII id, unique, and refuses an unknown group', () => {
	assert.equal(groupAnchor('基本情况'), 'basics');
	assert.equal(groupAnchor('街道赋权与社区减负'), 'streets');
	const ids = dimensionGroups.map(groupAnchor);
	assert.equal(new Set(ids).size, ids.length);
	for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
	assert.throws(() => groupAnchor('工作机制'), /工作机制/);
});

test('a cell says when its figure holds: the source date, else the record date (发布), else 年份不详', () => {
	assert.equal(asOfLabel({ asOf: '2021', asOfIsRecordDate: false }), '2021年');
	assert.equal(asOfLabel({ asOf: '2022-03', asOfIsRecordDate: false }), '2022年3月');
	assert.equal(asOfLabel({ asOf: '2018-10-22', asOfIsRecordDate: true }), '2018年10月发布');
	assert.equal(asOfLabel({ asOf: null, asOfIsRecordDate: true }), '年份不详');
});
