import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeOptionsByProvince, placeOptionsPath } from '../../src/lib/placeFilter.ts';

test('places with records, by province, each once and sorted by name', () => {
	const options = placeOptionsByProvince([
		{ provinceId: 'shandong', jurisdictionId: 'gaomi', place: '山东省潍坊市高密市' },
		{ provinceId: 'hunan', jurisdictionId: 'changsha', place: '湖南省长沙市' },
		{ provinceId: 'shandong', jurisdictionId: 'shandong', place: '山东省' },
		{ provinceId: 'shandong', jurisdictionId: 'gaomi', place: '山东省潍坊市高密市' },
	]);
	assert.deepEqual(options.get('shandong'), [
		{ id: 'shandong', label: '山东省' },
		{ id: 'gaomi', label: '山东省潍坊市高密市' },
	]);
	assert.deepEqual(options.get('hunan'), [{ id: 'changsha', label: '湖南省长沙市' }]);
	assert.equal(options.size, 2);
	assert.equal(placeOptionsPath('shandong'), '/search/places/shandong.json');
});
