import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDataFile } from '../../src/lib/parseDataFile.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const parse = parseDataFile('content/themes.yaml');

describe('parseDataFile', () => {
	test('returns the entries in order', () => {
		assert.deepEqual(parse('- id: a\n  label: 甲\n- id: b\n  label: 乙\n'), [
			{ id: 'a', label: '甲' },
			{ id: 'b', label: '乙' },
		]);
	});

	test('parses every real data file', () => {
		for (const name of ['jurisdictions.yaml', 'dimensions.yaml', 'themes.yaml']) {
			const path = join(realContentDir, name);
			const entries = parseDataFile(path)(readFileSync(path, 'utf8'));
			assert.ok(entries.length > 0, name);
			assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, `${name}: ids are unique`);
		}
	});

	test('a duplicate id names the file, the entry number and the field id', () => {
		assert.throws(
			() => parse('- id: a\n- id: b\n- id: a\n'),
			(error: unknown) => {
				assert.ok(error instanceof Error);
				assert.equal(error.message, 'content/themes.yaml: entry 3: id: duplicate id "a" (already used by entry 1)');
				return true;
			},
		);
	});

	test('a missing id names the file, the entry number and the field id', () => {
		assert.throws(() => parse('- id: a\n- label: 乙\n'), { message: /^content\/themes\.yaml: entry 2: id: missing/ });
		assert.throws(() => parse('- id: a\n-\n'), { message: /^content\/themes\.yaml: entry 2: id: missing/ }, 'an empty entry');
		assert.throws(() => parse('- id: 12\n'), { message: /^content\/themes\.yaml: entry 1: id: missing/ }, 'a number is not an id');
	});

	test('a file that is not a list names the file', () => {
		assert.throws(() => parse('id: a\nlabel: 甲\n'), { message: /^content\/themes\.yaml: expected a list of entries/ });
		assert.throws(() => parse(''), { message: /^content\/themes\.yaml: expected a list/ });
	});
});
