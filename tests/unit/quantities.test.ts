import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type FlatFact } from '../../src/lib/compareMatrix.ts';
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import {
	baseQuantity,
	baseUnits,
	chartData,
	compareQuantities,
	equivalentMeasureWords,
	explainQualifiers,
	formatQuantity,
	normaliseQuantity,
	qualifierMeaning,
	shiftDecimal,
	splitUnit,
} from '../../src/lib/quantities.ts';
import { readContent } from '../../src/lib/readContent.ts';
import type { DimensionData } from '../../src/schemas/dimension.ts';
import { qualifiers } from '../../src/schemas/fact.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const dim = (unit: string | undefined, scope = '口径', kind: DimensionData['kind'] = 'quantity') => ({ kind, unit, scope });

/** A flat fact with only what these functions read filled in meaningfully. */
const flat = (data: Partial<FlatFact>): FlatFact => ({
	recordId: 'r',
	recordTitle: '记录',
	jurisdictionId: 'changsha',
	dimensionId: 'd',
	value: 1,
	unit: '个',
	qualifier: undefined,
	quote: '1个',
	note: undefined,
	paragraph: 1,
	href: '/cases/r/#p-1',
	display: '1个',
	asOf: null,
	asOfIsRecordDate: true,
	docType: 'case-report',
	jurisdictionLevel: 'prefecture-level city',
	baseValue: null,
	baseUnit: null,
	...data,
});

describe('splitUnit', () => {
	test('splits a 万/亿 multiplier from the measure word', () => {
		assert.deepEqual(splitUnit('万名'), { exponent: 4, base: '名' });
		assert.deepEqual(splitUnit('亿元'), { exponent: 8, base: '元' });
		assert.deepEqual(splitUnit('万人次'), { exponent: 4, base: '人次' });
		assert.deepEqual(splitUnit('万亿元'), { exponent: 12, base: '元' });
	});

	test('leaves units without a multiplier whole', () => {
		assert.deepEqual(splitUnit('个'), { exponent: 0, base: '个' });
		assert.deepEqual(splitUnit('%'), { exponent: 0, base: '%' });
		assert.deepEqual(splitUnit('平方千米'), { exponent: 0, base: '平方千米' });
		assert.deepEqual(splitUnit('个百分点'), { exponent: 0, base: '个百分点' });
	});

	test('a bare 万 is a measure word, not a multiplier of nothing', () => {
		assert.deepEqual(splitUnit('万'), { exponent: 0, base: '万' });
	});

	test('千 is a multiplier too, alone or before 万', () => {
		assert.deepEqual(splitUnit('千名'), { exponent: 3, base: '名' });
		assert.deepEqual(splitUnit('千万元'), { exponent: 7, base: '元' });
	});
});

describe('baseQuantity (the base_value of the open data)', () => {
	test('1.4 万名 is 14000 名; 万, 亿, 千 and their combinations are multiplied out', () => {
		assert.deepEqual(baseQuantity(1.4, '万名'), { value: 14000, unit: '名' });
		assert.deepEqual(baseQuantity(7.44, '万名'), { value: 74400, unit: '名' });
		assert.deepEqual(baseQuantity(1.47, '亿元'), { value: 147000000, unit: '元' });
		assert.deepEqual(baseQuantity(50, '亿元'), { value: 5000000000, unit: '元' });
		assert.deepEqual(baseQuantity(890, '万元'), { value: 8900000, unit: '元' });
		assert.deepEqual(baseQuantity(3, '千名'), { value: 3000, unit: '名' });
		assert.deepEqual(baseQuantity(1.2, '千万元'), { value: 12000000, unit: '元' });
		assert.deepEqual(baseQuantity(2, '万亿元'), { value: 2000000000000, unit: '元' });
		assert.deepEqual(baseQuantity(115.5, '万人次'), { value: 1155000, unit: '人次' });
		assert.deepEqual(baseQuantity(0.44, '万个'), { value: 4400, unit: '个' });
	});

	test('units without a multiplier stay as they are: 平方米, 平方千米, %, 个百分点', () => {
		assert.deepEqual(baseQuantity(600, '平方米'), { value: 600, unit: '平方米' });
		assert.deepEqual(baseQuantity(12.5, '平方千米'), { value: 12.5, unit: '平方千米' });
		assert.deepEqual(baseQuantity(88.18, '%'), { value: 88.18, unit: '%' });
		assert.deepEqual(baseQuantity(40, '个百分点'), { value: 40, unit: '个百分点' });
		assert.deepEqual(baseQuantity(426, '人'), { value: 426, unit: '人' });
	});

	test('a base unit that starts like a multiplier is not split: 千米 stays, 万千米 is 10^4 千米', () => {
		assert.deepEqual(baseQuantity(5, '千米'), { value: 5, unit: '千米' });
		assert.deepEqual(baseQuantity(1.2, '万千米'), { value: 12000, unit: '千米' });
	});

	test('unknown units are not guessed: no base value', () => {
		assert.equal(baseQuantity(3, '百分点'), undefined, '百 is no multiplier here, and 分点 no base unit');
		assert.equal(baseQuantity(3, '万吨'), undefined, '吨 is not a known base unit');
		assert.equal(baseQuantity(3, '万'), undefined, 'a bare multiplier');
		assert.equal(baseQuantity(3, '亿'), undefined);
		assert.equal(baseQuantity(3, '元/人'), undefined, 'a rate');
	});

	test('non-quantities have none: text values, ranges, no unit', () => {
		assert.equal(baseQuantity('“6+2”模式', undefined), undefined);
		assert.equal(baseQuantity('20—40', '个'), undefined);
		assert.equal(baseQuantity(53, undefined), undefined);
	});

	test('every qualifier is kept beside the base value, which is the printed number times the multiplier', () => {
		const body = qualifiers.map((q, i) => `第${i + 1}项：${q}`).join('\n\n');
		const facts = flattenFacts([
			{
				id: 'r',
				title: '记录',
				jurisdictionId: 'lanzhou',
				body,
				docType: 'experience-article',
				jurisdictionLevel: 'prefecture-level city',
				facts: qualifiers.map((qualifier, i) => ({
					dimension: { collection: 'dimensions', id: 'grid-workers' },
					value: 1.4,
					unit: '万名',
					qualifier,
					quote: `第${i + 1}项：${qualifier}`,
				})) as never,
			},
		]);
		assert.equal(facts.length, qualifiers.length);
		for (const [i, fact] of facts.entries()) {
			assert.equal(fact.qualifier, qualifiers[i]);
			assert.equal(fact.value, 1.4, 'the printed number is kept');
			assert.deepEqual([fact.baseValue, fact.baseUnit], [14000, '名'], `${qualifiers[i]}: 1.4万名 → 14000 名`);
		}
	});
});

describe('shiftDecimal', () => {
	test('moves the decimal point without binary rounding noise', () => {
		assert.equal(shiftDecimal(1.47, 4), 14700);
		assert.equal(shiftDecimal(7.44, 4), 74400);
		assert.equal(shiftDecimal(0.44, 4), 4400);
		assert.equal(shiftDecimal(115.5, 4), 1155000);
		assert.equal(shiftDecimal(85, -4), 0.0085);
		assert.equal(shiftDecimal(3, 0), 3);
	});
});

describe('equivalentMeasureWords', () => {
	test('reads the equivalences a scope declares in its own words', () => {
		assert.deepEqual(equivalentMeasureWords('来源以“家”或“个”计（计机构的同义量词），事实照录来源量词。'), [['家', '个']]);
		assert.deepEqual(equivalentMeasureWords('来源以“处”或“个”计，事实照录来源量词。'), [['处', '个']]);
	});

	test('a single measure word, or none, declares nothing', () => {
		assert.deepEqual(equivalentMeasureWords('来源所称街道“职数”，以“线”计（来源的计法）；“线”与以“名”计的职数不可直接比较。'), []);
		assert.deepEqual(equivalentMeasureWords('本行政区域内城市社区的数量。'), []);
	});
});

describe('normaliseQuantity', () => {
	test('applies 万 and 亿 multipliers to the dimension unit', () => {
		assert.deepEqual(normaliseQuantity({ value: 7.44, unit: '万名' }, dim('名')), { comparable: true, value: 74400, unit: '名' });
		assert.deepEqual(normaliseQuantity({ value: 1.47, unit: '亿元' }, dim('万元')), { comparable: true, value: 14700, unit: '万元' });
		assert.deepEqual(normaliseQuantity({ value: 50, unit: '亿元' }, dim('万元')), { comparable: true, value: 500000, unit: '万元' });
		assert.deepEqual(normaliseQuantity({ value: 792, unit: '万人' }, dim('人')), { comparable: true, value: 7920000, unit: '人' });
		assert.deepEqual(normaliseQuantity({ value: 5500, unit: '万元' }, dim('万元')), { comparable: true, value: 5500, unit: '万元' });
	});

	test('keeps percentages as they are', () => {
		assert.deepEqual(normaliseQuantity({ value: 88.18, unit: '%' }, dim('%')), { comparable: true, value: 88.18, unit: '%' });
	});

	test('treats 家 as 个 only where the scope says so', () => {
		const declared = dim('个', '来源以“家”或“个”计（计机构的同义量词），事实照录来源量词。');
		assert.deepEqual(normaliseQuantity({ value: 508, unit: '家' }, declared), { comparable: true, value: 508, unit: '个' });
		assert.deepEqual(normaliseQuantity({ value: 1.2, unit: '万家' }, declared), { comparable: true, value: 12000, unit: '个' });
		const silent = normaliseQuantity({ value: 508, unit: '家' }, dim('个', '建立的党组织数量。'));
		assert.equal(silent.comparable, false);
		assert.match(!silent.comparable ? silent.reason : '', /单位不同，不可比/);
	});

	test('never equates different measures', () => {
		const posts = normaliseQuantity({ value: 11, unit: '名' }, dim('线', '以“线”计；“线”与以“名”计的职数不可直接比较。'));
		assert.deepEqual(posts, { comparable: false, reason: '单位不同，不可比（来源以“名”计，本维度以“线”计）' });
		assert.equal(normaliseQuantity({ value: 40, unit: '个百分点' }, dim('%')).comparable, false);
		assert.equal(normaliseQuantity({ value: 12, unit: '人' }, dim('名')).comparable, false);
	});

	test('text values and ranges are not comparable, each with its reason', () => {
		assert.deepEqual(normaliseQuantity({ value: '20—40万元', unit: undefined }, dim('万元')), {
			comparable: false,
			reason: '来源给出的是区间，不是单一数值',
		});
		assert.deepEqual(normaliseQuantity({ value: '10-20万元', unit: undefined }, dim('万元')), {
			comparable: false,
			reason: '来源给出的是区间，不是单一数值',
		});
		assert.deepEqual(normaliseQuantity({ value: '全覆盖', unit: undefined }, dim('个')), {
			comparable: false,
			reason: '来源以文字表述，不是数值',
		});
		assert.deepEqual(normaliseQuantity({ value: 3, unit: undefined }, dim('个')), { comparable: false, reason: '来源未写单位' });
	});

	test('practice dimensions compare nothing as numbers', () => {
		assert.equal(normaliseQuantity({ value: 3, unit: '个' }, dim(undefined, '做法', 'practice')).comparable, false);
	});
});

describe('qualifierMeaning', () => {
	test('says which way every qualifier of the schema points', () => {
		for (const q of qualifiers) assert.ok(qualifierMeaning(q).length > 0, q);
		assert.equal(qualifierMeaning('多'), '实际多于此数');
		assert.equal(qualifierMeaning('不少于'), '实际不少于此数');
		assert.equal(qualifierMeaning('近'), '实际略少于此数');
		assert.equal(qualifierMeaning('左右'), '约略之数');
	});
});

describe('compareQuantities', () => {
	const money = dim('万元');

	test('charts two comparable facts and gives no reason', () => {
		const a = flat({ value: 50, unit: '亿元', qualifier: '多', display: '50多亿元' });
		const b = flat({ jurisdictionId: 'lanzhou', value: 1.47, unit: '亿元', display: '1.47亿元' });
		const c = compareQuantities([a, b], money);
		assert.deepEqual(c.comparable.map((x) => x.value), [500000, 14700]);
		assert.deepEqual(c.excluded, []);
		assert.equal(c.noChartReason, undefined);
	});

	test('a province beside cities: only the level most values are of is charted; the other is listed with why', () => {
		const level = (j: string) => (j === 'shandong' ? '省' : '地级市');
		const cities = [flat({ value: 20, unit: '个', display: '20个' }), flat({ jurisdictionId: 'lanzhou', value: 30, unit: '个', display: '30个' })];
		const province = flat({ jurisdictionId: 'shandong', value: 500, unit: '个', qualifier: '余', display: '500余个' });
		const c = compareQuantities([...cities, province], dim('个'), level);
		assert.deepEqual(c.comparable.map((x) => x.fact.jurisdictionId), ['changsha', 'lanzhou']);
		assert.deepEqual(c.excluded.map((e) => [e.fact.jurisdictionId, e.reason]), [['shandong', '省的数值，不与地级市的数值排比']]);
		assert.equal(c.noChartReason, undefined);
		assert.equal(compareQuantities([cities[0]!, province], dim('个'), level).noChartReason?.startsWith('只有一个数值可比'), true);
	});

	test('one place only: says so', () => {
		const c = compareQuantities([flat({ value: 75, unit: '万元' })], money);
		assert.equal(c.noChartReason, '只有一个地区提及此项，没有可以并列比较的数值。');
	});

	test('one place with a text value: says both', () => {
		const c = compareQuantities([flat({ value: '20—40万元', unit: undefined })], money);
		assert.equal(c.noChartReason, '只有一个地区提及此项，且来源给出的是区间，不是单一数值。');
	});

	test('two places in different units: no chart, and why', () => {
		const posts = dim('线', '以“线”计');
		const c = compareQuantities([flat({ value: 11, unit: '线' }), flat({ jurisdictionId: 'lanzhou', value: 9, unit: '名' })], posts);
		assert.equal(c.comparable.length, 1);
		assert.equal(c.excluded.length, 1);
		assert.equal(c.noChartReason, '只有一个数值可比，其余不可比：单位不同，不可比（来源以“名”计，本维度以“线”计）。');
	});

	test('nothing comparable at all', () => {
		const c = compareQuantities([flat({ value: '若干', unit: undefined }), flat({ jurisdictionId: 'lanzhou', value: '较多', unit: undefined })], money);
		assert.equal(c.noChartReason, '没有可比的数值：来源以文字表述，不是数值。');
	});

	test('a practice dimension has no chart', () => {
		const c = compareQuantities([flat({ value: '“6+2”模式', unit: undefined })], dim(undefined, '做法', 'practice'));
		assert.match(c.noChartReason!, /做法类维度/);
	});
});

describe('chartData', () => {
	test('one bar per fact, labelled with the place and the value as printed; qualified ones marked', () => {
		const a = flat({ value: 50, unit: '亿元', qualifier: '多', display: '50多亿元' });
		const b = flat({ jurisdictionId: 'lanzhou', value: 1.47, unit: '亿元', display: '1.47亿元' });
		const names: Record<string, string> = { changsha: '长沙市', lanzhou: '兰州市' };
		const bars = chartData(compareQuantities([a, b], dim('万元')).comparable, (j) => names[j]!);
		assert.deepEqual(bars, [
			{ label: '长沙市', valueLabel: '50多亿元', value: 500000, marked: true },
			{ label: '兰州市', valueLabel: '1.47亿元', value: 14700, marked: false },
		]);
	});

	test('several facts of one place are numbered so that no two bars read alike', () => {
		const facts = [flat({ value: 3, display: '3个' }), flat({ value: 5, display: '5个' }), flat({ jurisdictionId: 'lanzhou', value: 4, display: '4个' })];
		const labels = chartData(compareQuantities(facts, dim('个')).comparable, (j) => (j === 'changsha' ? '长沙市' : '兰州市')).map((b) => b.label);
		assert.deepEqual(labels, ['长沙市（1）', '长沙市（2）', '兰州市']);
	});
});

describe('explainQualifiers', () => {
	test('names the words, gives a real example and says what they mean', () => {
		const a = flat({ value: 50, unit: '亿元', qualifier: '多', display: '50多亿元' });
		const b = flat({ jurisdictionId: 'lanzhou', value: 2000, unit: '万元', qualifier: '近', display: '近2000万元' });
		const text = explainQualifiers(compareQuantities([a, b], dim('万元')).comparable, '万元')!;
		assert.equal(
			text,
			'带“多”“近”字样的数值，条形按来源印出的数字绘制（如“50多亿元”按500,000万元绘制），标签照录原文；“多”表示实际多于此数，“近”表示实际略少于此数。',
		);
	});

	test('nothing to explain without qualifiers', () => {
		assert.equal(explainQualifiers(compareQuantities([flat({})], dim('个')).comparable, '个'), undefined);
	});
});

describe('formatQuantity', () => {
	test('groups digits and keeps the decimals the source has', () => {
		assert.equal(formatQuantity(14700), '14,700');
		assert.equal(formatQuantity(873.3), '873.3');
		assert.equal(formatQuantity(0.0085), '0.0085');
	});
});

describe('on the real content', () => {
	const { library, problems } = readContent(realContentDir);
	const facts = flattenFacts(contentFactSources(library));
	const dimensions = new Map(library.dimensions.map((d) => [d.id, d.data]));

	test('every unit the content prints has a base-unit form (else: add its measure word to baseUnits, or leave it unnormalised on purpose)', () => {
		const unknown = [...new Set(facts.filter((f) => typeof f.value === 'number' && f.unit !== undefined && f.baseValue === null).map((f) => f.unit))];
		assert.deepEqual(unknown, [], `units without a base value: ${unknown.join('、')}`);
		for (const f of facts) if (f.baseUnit !== null) assert.ok(baseUnits.has(f.baseUnit), f.baseUnit);
	});

	test('Lanzhou’s 1.4万余名 grid workers: 14000 名, qualifier 余 kept', () => {
		const grid = facts.find((f) => f.recordId === 'lanzhou-wangge-dangjian' && f.quote === '全市配备专兼职网格员1.4万余名');
		assert.ok(grid, 'the fact is in the content');
		assert.deepEqual([grid.value, grid.unit, grid.qualifier, grid.baseValue, grid.baseUnit], [1.4, '万名', '余', 14000, '名']);
	});

	test('every quantity fact is either normalised or has a reason; practice facts never become numbers', () => {
		assert.deepEqual(problems, []);
		for (const fact of facts) {
			const dimension = dimensions.get(fact.dimensionId)!;
			const n = normaliseQuantity(fact, dimension);
			if (dimension.kind === 'practice') assert.equal(n.comparable, false, fact.quote);
			else if (n.comparable) assert.ok(Number.isFinite(n.value) && n.value >= 0, fact.quote);
			else assert.ok(n.reason.length > 0, fact.quote);
		}
	});

	test('upgrade money: Lanzhou venue spending and Changsha 全面提质提档 spending (use not stated) are separate rows, each in 万元', () => {
		const normalised = (id: string) =>
			facts.filter((f) => f.dimensionId === id).map((f) => [f.jurisdictionId, normaliseQuantity(f, dimensions.get(id)!)]);
		assert.deepEqual(normalised('community-upgrade-investment'), [['lanzhou', { comparable: true, value: 14700, unit: '万元' }]]);
		assert.deepEqual(normalised('community-full-upgrade-investment'), [['changsha', { comparable: true, value: 500000, unit: '万元' }]]);
	});

	test('the vanguard studios counted in 家 compare as 个, as their scope says', () => {
		const studios = facts.find((f) => f.dimensionId === 'party-member-vanguard-studios')!;
		assert.equal(studios.unit, '家');
		assert.deepEqual(normaliseQuantity(studios, dimensions.get('party-member-vanguard-studios')!), { comparable: true, value: 508, unit: '个' });
	});
});
