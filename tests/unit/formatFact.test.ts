import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatFactValue } from '../../src/lib/formatFact.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { loadChangsha } from '../fixtures/library.ts';

describe('formatFactValue', () => {
	test('prints the number and unit as the source does', () => {
		assert.equal(formatFactValue({ value: 7.44, unit: '万名', quote: '对7.44万社区直管党员' }), '7.44万名');
		assert.equal(formatFactValue({ value: 75, unit: '%', quote: '城镇化率75%' }), '75%');
		assert.equal(formatFactValue({ value: 596, unit: '个', quote: '596个城市社区' }), '596个');
	});

	test('text values are printed as they are', () => {
		assert.equal(formatFactValue({ value: '“6+2”模式', quote: '探索实行街道内设机构“6+2”模式' }), '“6+2”模式');
		assert.equal(formatFactValue({ value: '20—40万元', quote: '20—40万元建设启动经费' }), '20—40万元');
	});

	test('多 and 余 sit between the number and the unit', () => {
		assert.equal(formatFactValue({ value: 50, unit: '亿元', qualifier: '多', quote: '分3年时间累计投入50多亿' }), '50多亿元');
		assert.equal(formatFactValue({ value: 1200, unit: '名', qualifier: '余', quote: '选聘专兼职党建指导员1200余名' }), '1200余名');
		assert.equal(formatFactValue({ value: 100, unit: '项', qualifier: '余', quote: '考核评比活动100余项' }), '100余项');
	});

	test('多 follows a 万 multiplier where the source prints it so', () => {
		assert.equal(formatFactValue({ value: 10, unit: '万名', qualifier: '多', quote: '10万多名在职党员到居住地社区报到' }), '10万多名');
		assert.equal(formatFactValue({ value: 500, unit: '个', qualifier: '多', quote: '全市500多个机关支部' }), '500多个');
	});

	test('不少于, 至少, 近, 约, 超过, 突破 come before the number', () => {
		assert.equal(formatFactValue({ value: 600, unit: '平方米', qualifier: '不少于', quote: '每个社区服务用房面积不少于600平方米' }), '不少于600平方米');
		assert.equal(formatFactValue({ value: 85, unit: '万元', qualifier: '超过', quote: '中心城区超过85万元' }), '超过85万元');
		for (const q of ['至少', '近', '约', '突破'] as const)
			assert.equal(formatFactValue({ value: 3, unit: '个', qualifier: q, quote: `${q}3个` }), `${q}3个`);
	});

	test('左右 and 以上 come after the unit', () => {
		assert.equal(formatFactValue({ value: 3, unit: '家', qualifier: '左右', quote: '每位党建指导员联系指导3家左右的基层党组织' }), '3家左右');
		assert.equal(formatFactValue({ value: 90, unit: '%', qualifier: '以上', quote: '90%以上的社区' }), '90%以上');
	});

	test('every Changsha fact prints a value whose number (and qualifier) the quote contains', () => {
		const { facts } = caseSchema(plainReference).parse(loadChangsha().frontmatter);
		for (const fact of facts) {
			const printed = formatFactValue(fact);
			if (typeof fact.value === 'string') {
				assert.equal(printed, fact.value);
				continue;
			}
			assert.ok(printed.includes(String(fact.value)), printed);
			if (fact.qualifier) assert.ok(printed.includes(fact.qualifier) && fact.quote.includes(fact.qualifier), printed);
			// The unit may be completed editorially (792万 → 792万人, 50多亿 → 50多亿元): the rest is verbatim.
			const verbatim = fact.unit ? printed.slice(0, printed.lastIndexOf(fact.unit) + 1) : printed;
			assert.ok(fact.quote.includes(verbatim) || fact.quote.includes(printed), `${printed} in “${fact.quote}”`);
		}
	});
});
