import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeOptionsPath } from '../../src/lib/placeFilter.ts';

test('a province’s places are in a file of its own', () => {
	assert.equal(placeOptionsPath('shandong'), '/search/places/shandong.json');
});
