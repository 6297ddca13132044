import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/t2cn';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import {
	absentTerms,
	eventNames as readEventNames,
	expectedRecords,
	loadRecordTexts,
	policyTerms,
	queryWords,
	recordText,
	traditionalQueries,
	twoWordQueries,
} from '../fixtures/search-terms.ts';

const records = loadRecordTexts();
const { library } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const bodies = library.cases.map((record) => bodyBlocks(record.body).map((block) => block.text).join('\n'));
const eventNames = readEventNames(library);
/** Each record's searched metadata: title, subtitle, series, event name, author, outlet (those it has). */
const metadata = library.cases.map((record) => {
	const { title, subtitle, series, event, author, outlet } = record.data;
	return [title, subtitle, series, event && eventNames.get(event.id), author, outlet].filter((text): text is string => !!text);
});
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

	test('absent terms occur in no body and no metadata field', () => {
		for (const term of absentTerms) {
			assert.ok(!bodies.some((body) => body.includes(term)), `${term} in a body`);
			assert.ok(!metadata.flat().some((text) => text.includes(term)), `${term} in a metadata field`);
			assert.deepEqual(expectedRecords(term, records), [], term);
		}
	});
});

describe('loadRecordTexts', () => {
	test('a record’s text is its title, its metadata fields, then its body blocks, one per line', () => {
		assert.deepEqual(
			records.map((r) => r.id),
			library.cases.map((record) => record.id),
		);
		for (const [i, record] of library.cases.entries()) {
			const lines = [...metadata[i]!, ...bodyBlocks(record.body).map((block) => block.text)];
			assert.equal(records[i]!.text, lines.join('\n'), record.id);
			assert.equal(records[i]!.text.split('\n')[0], record.data.title, `${record.id}: the title comes first`);
		}
	});

	test('metadata is searched: the event name (from events.yaml), series, author and outlet are in the text', () => {
		const withEvent = library.cases.filter((record) => record.data.event);
		assert.ok(withEvent.length > 0, 'some record belongs to an event');
		for (const record of withEvent) {
			const name = eventNames.get(record.data.event!.id);
			assert.ok(name, `${record.id}: event ${record.data.event!.id} is in events.yaml`);
			assert.ok(records.find((r) => r.id === record.id)!.text.split('\n').includes(name), `${record.id}: ${name}`);
		}
		for (const key of ['series', 'author', 'outlet'] as const) {
			const record = library.cases.find((r) => r.data[key]);
			assert.ok(record, `some record has a ${key}`);
			assert.ok(records.find((r) => r.id === record.id)!.text.split('\n').includes(record.data[key]!), `${record.id}: ${key}`);
		}
		// 人民网 occurs only in an outlet (no body or title says it), so it is found through the metadata alone.
		const outletOnly = '人民网';
		assert.ok(!bodies.some((body) => body.includes(outletOnly)) && !library.cases.some((r) => r.data.title.includes(outletOnly)));
		assert.deepEqual(
			expectedRecords(outletOnly, records),
			library.cases.filter((r) => r.data.outlet?.includes(outletOnly)).map((r) => r.id).sort(),
		);
		assert.ok(expectedRecords(outletOnly, records).length > 0);
	});

	test('recordText leaves absent and empty fields out', () => {
		assert.equal(recordText(['标题', undefined, '', '作者'], '第一段。\n\n第二段。'), '标题\n作者\n第一段。\n第二段。');
		assert.equal(recordText(['标题'], ''), '标题');
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
