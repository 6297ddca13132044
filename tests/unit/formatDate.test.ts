import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatPartialDate, yearOf } from '../../src/lib/formatDate.ts';

describe('formatPartialDate', () => {
	test('prints exactly the precision the source gives', () => {
		assert.equal(formatPartialDate('2018'), '2018年');
		assert.equal(formatPartialDate('2018-10'), '2018年10月');
		assert.equal(formatPartialDate('2018-10-22'), '2018年10月22日');
	});

	test('drops leading zeros of month and day', () => {
		assert.equal(formatPartialDate('2018-01'), '2018年1月');
		assert.equal(formatPartialDate('2018-03-05'), '2018年3月5日');
	});

	test('adds the time of day only to full dates', () => {
		assert.equal(formatPartialDate('2018-10-22', '15:29'), '2018年10月22日 15:29');
		assert.equal(formatPartialDate('2018-10', '15:29'), '2018年10月');
		assert.equal(formatPartialDate('2018', '15:29'), '2018年');
	});

	test('an unknown date is 未注明', () => {
		assert.equal(formatPartialDate(null), '未注明');
		assert.equal(formatPartialDate(null, '15:29'), '未注明');
	});
});

describe('yearOf', () => {
	test('the year of any precision, undefined when unknown', () => {
		assert.equal(yearOf('2018'), 2018);
		assert.equal(yearOf('2018-10'), 2018);
		assert.equal(yearOf('2018-10-22'), 2018);
		assert.equal(yearOf(null), undefined);
		assert.equal(yearOf(undefined), undefined);
	});
});
