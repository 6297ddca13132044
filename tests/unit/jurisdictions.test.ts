import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listsPlacesBelow, placeName, placesIndexLimit, provinceOf } from '../../src/lib/jurisdictions.ts';
import { readContent } from '../../src/lib/readContent.ts';
import type { JurisdictionData } from '../../src/schemas/jurisdiction.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const places = new Map(readContent(realContentDir).library.jurisdictions.map((j) => [j.id, j.data]));

describe('provinceOf', () => {
	test('walks up to the province', () => {
		assert.equal(provinceOf('gaomi', places)?.name, '山东省');
		assert.equal(provinceOf('weifang', places)?.name, '山东省');
		assert.equal(provinceOf('changsha', places)?.name, '湖南省');
	});

	test('a province or municipality is its own province', () => {
		assert.equal(provinceOf('hunan', places)?.name, '湖南省');
		assert.equal(provinceOf('beijing', places)?.name, '北京市');
	});

	test('an unknown id has none', () => {
		assert.equal(provinceOf('atlantis', places), undefined);
	});
});

describe('placeName', () => {
	test('names the place from the province down', () => {
		assert.equal(placeName('gaomi', places), '山东省潍坊市高密市');
		assert.equal(placeName('changsha', places), '湖南省长沙市');
		assert.equal(placeName('lanzhou', places), '甘肃省兰州市');
		assert.equal(placeName('beijing', places), '北京市');
	});

	test('an unknown id has an empty name', () => {
		assert.equal(placeName('atlantis', places), '');
	});
});

test('a cycle of parents does not loop forever', () => {
	const cyclic = new Map<string, JurisdictionData>([
		['a', { id: 'a', name: '甲市', level: 'prefecture-level city', parent: { collection: 'jurisdictions', id: 'b' } }],
		['b', { id: 'b', name: '乙省', level: 'province', parent: { collection: 'jurisdictions', id: 'a' } }],
	]);
	assert.ok(provinceOf('a', cyclic));
	assert.equal(placeName('a', cyclic), '乙省甲市');
});

test('the places index lists a province’s places up to its limit, and leaves more to the province’s page', () => {
	// The real library: every province's places are listed (Shandong: Weifang and Gaomi).
	assert.ok(listsPlacesBelow('shandong', places));
	// A province of a large library: 31 cities below it.
	const large = new Map<string, JurisdictionData>([['p', { ...places.get('shandong')!, id: 'p', parent: undefined } as JurisdictionData]]);
	for (let i = 0; i < placesIndexLimit + 1; i++) large.set(`c${i}`, { ...places.get('changsha')!, id: `c${i}`, parent: { collection: 'jurisdictions', id: 'p' } } as JurisdictionData);
	assert.ok(!listsPlacesBelow('p', large));
	large.delete('c0');
	assert.ok(listsPlacesBelow('p', large));
});
