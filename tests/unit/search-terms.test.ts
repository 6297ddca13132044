import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/t2cn';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import {
	absentTerms,
	expectedRecords,
	loadRecordTexts,
	policyTerms,
	queryWords,
	traditionalQueries,
	twoWordQueries,
} from '../fixtures/search-terms.ts';

const records = loadRecordTexts();
const { library } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const bodies = library.cases.map((record) => bodyBlocks(record.body).map((block) => block.text).join('\n'));
const titles = library.cases.map((record) => record.data.title);
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('search term list', () => {
	test('has enough entries in each list, without duplicates', () => {
		assert.ok(records.length >= 8, `${records.length} records`);
		assert.ok(policyTerms.length >= 45, `${policyTerms.length} policy terms`);
		assert.ok(twoWordQueries.length >= 10);
		assert.ok(traditionalQueries.length >= 10);
		assert.ok(absentTerms.length >= 10);
		for (const list of [policyTerms, twoWordQueries, absentTerms, traditionalQueries.map((q) => q.traditional)]) {
			assert.equal(new Set(list).size, list.length, `duplicates in ${list.join(' ')}`);
		}
	});

	test('every policy term occurs in at least one record body', () => {
		const missing = policyTerms.filter((term) => !bodies.some((body) => body.includes(term)));
		assert.deepEqual(missing, []);
	});

	test('policy terms include ones found in exactly one record, in several, and in all; short and long ones', () => {
		const counts = policyTerms.map((term) => expectedRecords(term, records).length);
		assert.ok(counts.includes(1), 'a term in exactly one record');
		assert.ok(counts.some((n) => n > 1 && n < records.length), 'a term in several records');
		assert.ok(counts.includes(records.length), 'a term in every record');
		assert.ok(policyTerms.some((term) => [...term].length === 2), 'a 2-character term');
		assert.ok(policyTerms.some((term) => [...term].length >= 6), 'a term of 6 or more characters');
	});

	test('two-word queries have two words each, every word occurs, some match one record and some none', () => {
		const matches = twoWordQueries.map((query) => {
			const words = queryWords(query);
			assert.equal(words.length, 2, query);
			for (const word of words) assert.ok(expectedRecords(word, records).length > 0, `${word} occurs`);
			return expectedRecords(query, records).length;
		});
		assert.ok(matches.filter((n) => n === 1).length >= 2, 'queries whose words co-occur in one record only');
		assert.ok(matches.filter((n) => n === 0).length >= 2, 'queries whose words never co-occur');
		assert.ok(matches.some((n) => n > 1), 'a query matching several records');
	});

	test('traditional queries convert (OpenCC tw→cn) to the listed simplified form, which occurs in a body', () => {
		for (const { traditional, simplified } of traditionalQueries) {
			assert.notEqual(traditional, simplified, `${traditional} is written in traditional characters`);
			assert.equal(twToCn(traditional), simplified, traditional);
			assert.ok(bodies.some((body) => body.includes(simplified)), `${simplified} occurs`);
			assert.deepEqual(expectedRecords(traditional, records), [], `${traditional} itself occurs nowhere`);
		}
	});

	test('absent terms occur in no body and no title', () => {
		for (const term of absentTerms) {
			assert.ok(!bodies.some((body) => body.includes(term)), `${term} in a body`);
			assert.ok(!titles.some((title) => title.includes(term)), `${term} in a title`);
			assert.deepEqual(expectedRecords(term, records), [], term);
		}
	});
});

describe('expectedRecords', () => {
	const sample = [
		{ id: 'b', text: '大工委\n兼职委员' },
		{ id: 'a', text: '大工委和兼职委员' },
		{ id: 'c', text: '大工委' },
	];

	test('needs every word, anywhere in the text; returns sorted ids', () => {
		assert.deepEqual(expectedRecords('大工委 兼职委员', sample), ['a', 'b']);
		assert.deepEqual(expectedRecords('  大工委  ', sample), ['a', 'b', 'c']);
		assert.deepEqual(expectedRecords('大工委兼职委员', sample), []);
	});

	test('an empty query matches nothing', () => {
		assert.deepEqual(expectedRecords('', sample), []);
		assert.deepEqual(expectedRecords(' \t', sample), []);
	});
});
