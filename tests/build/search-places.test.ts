/**
 * The search page's place filter files (src/pages/search/places/[province].json.ts) in the built site:
 * one per province with records, its places with records, each once and sorted by name.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { placeOptionsPath, type PlaceOption } from '../../src/lib/placeFilter.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const outDir = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const places = (province: string) => JSON.parse(readFileSync(join(outDir, placeOptionsPath(province)), 'utf8')) as PlaceOption[];

test('places with records, by province, each once and sorted by name', () => {
	assert.deepEqual(places('shandong'), [
		{ id: 'shandong', label: '山东省' },
		{ id: 'gaomi', label: '山东省潍坊市高密市' },
	]);
	assert.deepEqual(places('hunan'), [{ id: 'changsha', label: '湖南省长沙市' }]);
	assert.deepEqual(readdirSync(join(outDir, 'search', 'places')).sort(), ['beijing', 'gansu', 'guizhou', 'hunan', 'shandong', 'shanxi', 'zhejiang'].map((p) => `${p}.json`));
});
