/**
 * Which facts of one dimension can stand side by side as numbers, and in which unit.
 * A fact is normalised to its dimension's unit only where that is sound: a 万/亿 multiplier, or a measure
 * word the dimension's scope itself declares equivalent (来源以“家”或“个”计). Anything else (another unit,
 * a text value, a range) is reported as not comparable, with the reason, never coerced.
 */
import type { DimensionData } from '../schemas/dimension.ts';
import type { Qualifier } from '../schemas/fact.ts';
import type { BarDatum } from './barChart.ts';
import type { FlatFact } from './compareMatrix.ts';

/** Powers of ten the sources print in front of a unit (7.44万名, 1.47亿元, 3千名). 万亿 is 10^12. */
const multipliers: Record<string, number> = { 千: 3, 万: 4, 亿: 8 };

/** A unit split into its multiplier (as a power of ten) and its measure word: 亿元 → 8, 元. */
export interface UnitParts {
	exponent: number;
	base: string;
}

/** Splits the leading 千/万/亿 off a unit: 万人次 → {4, 人次}; % → {0, %}; 万亿元 → {12, 元}. */
export function splitUnit(unit: string): UnitParts {
	let exponent = 0;
	let i = 0;
	while (i < unit.length - 1 && multipliers[unit[i]!] !== undefined) exponent += multipliers[unit[i++]!]!;
	return { exponent, base: unit.slice(i) };
}

/**
 * Multiplies by 10^exponent through the decimal notation, so that 1.47 × 10^4 is 14700 and not
 * 14700.000000000002 (which a label or a test would show).
 */
export function shiftDecimal(value: number, exponent: number): number {
	if (exponent === 0) return value;
	const text = String(value);
	return text.includes('e') ? value * 10 ** exponent : Number(`${text}e${exponent}`);
}

/**
 * The measure words a figure is counted in once its multiplier is taken off: the base units of the open
 * data (facts.csv's base_unit). A unit outside this list gets no base value, and the build names it
 * (openDataFiles), rather than have its first character taken for a multiplier: 千米 is a base unit of
 * its own, and 百分点 is not 100 分点. Add a measure word here only when it takes no multiplier itself.
 */
export const baseUnits: ReadonlySet<string> = new Set([
	// people and visits
	'人', '名', '人次', '位', '户',
	// things, bodies and places counted
	'个', '家', '处', '所', '座', '支', '项', '条', '件', '台', '套', '辆', '间', '栋', '幢', '线', '类', '种',
	// occurrences
	'次', '场', '场次', '批', '批次', '期',
	// money, time, area and length
	'元', '年', '月', '周', '天', '小时', '分钟', '平方米', '平方千米', '亩', '公顷', '米', '千米', '公里',
	// shares
	'%', '个百分点',
]);

/** A figure in base units: the printed number times its multiplier, and the measure word (1.4 万名 → 14000 名). */
export interface BaseQuantity {
	value: number;
	unit: string;
}

/**
 * A figure in base units, or undefined where there is none to give: a value in words (a practice, a range),
 * no unit, or a unit that is not a base unit, whole or after its 千/万/亿 multipliers. Multipliers come off
 * one at a time, and the first remainder that is a base unit wins, so 万千米 is 10^4 千米 and not 10^7 米.
 * The qualifier (多, 余 …) is not applied: 1.4万余名 is 14000 名 with the qualifier 余 beside it.
 */
export function baseQuantity(value: number | string, unit: string | undefined): BaseQuantity | undefined {
	if (typeof value !== 'number' || unit === undefined) return undefined;
	let exponent = 0;
	for (let rest = unit; ; rest = rest.slice(1)) {
		if (baseUnits.has(rest)) return { value: shiftDecimal(value, exponent), unit: rest };
		const power = rest.length > 1 ? multipliers[rest[0]!] : undefined;
		if (power === undefined) return undefined;
		exponent += power;
	}
}

/**
 * Measure words that the scope declares interchangeable, from its own wording 以“家”或“个”计 /
 * 以“处”或“个”计. A single 以“线”计 declares nothing; no scope wording, no equivalence.
 */
export function equivalentMeasureWords(scope: string): string[][] {
	const groups: string[][] = [];
	for (const match of scope.matchAll(/以((?:“[^”]+”(?:或|、|和))+“[^”]+”)计/g)) {
		groups.push([...match[1]!.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
	}
	return groups;
}

/** A fact's value in its dimension's unit, or why it has none. */
export type Normalised =
	| { comparable: true; value: number; unit: string }
	| { comparable: false; reason: string };

/** A range such as 20—40 or 10-20 (dashes and 至/到 as the sources print them). */
const rangePattern = /\d\s*(?:[—–\-~～]+|至|到)\s*\d/;

/** The fact's value in the dimension's unit where that is sound, otherwise the reason it is not comparable. */
export function normaliseQuantity(
	fact: Pick<FlatFact, 'value' | 'unit'>,
	dimension: Pick<DimensionData, 'kind' | 'unit' | 'scope'>,
): Normalised {
	if (dimension.kind !== 'quantity' || dimension.unit === undefined)
		return { comparable: false, reason: '做法类维度，按文字记录，不作数值比较' };
	if (typeof fact.value === 'string')
		return rangePattern.test(fact.value)
			? { comparable: false, reason: '来源给出的是区间，不是单一数值' }
			: { comparable: false, reason: '来源以文字表述，不是数值' };
	if (fact.unit === undefined) return { comparable: false, reason: '来源未写单位' };
	const from = splitUnit(fact.unit);
	const to = splitUnit(dimension.unit);
	const sameMeasure =
		from.base === to.base || equivalentMeasureWords(dimension.scope).some((group) => group.includes(from.base) && group.includes(to.base));
	if (!sameMeasure)
		return { comparable: false, reason: `单位不同，不可比（来源以“${from.base}”计，本维度以“${to.base}”计）` };
	return { comparable: true, value: shiftDecimal(fact.value, from.exponent - to.exponent), unit: dimension.unit };
}

/** What each qualifier says about the true number, relative to the printed one (every schema qualifier has one). */
const meanings: Record<Qualifier, string> = {
	多: '实际多于此数',
	余: '实际多于此数',
	超过: '实际多于此数',
	以上: '实际多于此数',
	突破: '实际多于此数',
	不少于: '实际不少于此数',
	至少: '实际不少于此数',
	近: '实际略少于此数',
	约: '约略之数',
	左右: '约略之数',
};

/** What a qualifier says about the true number, relative to the printed one. */
export function qualifierMeaning(qualifier: string): string {
	return meanings[qualifier as Qualifier] ?? '来源所写的约略之数';
}

export interface ComparableFact {
	fact: FlatFact;
	/** The value in the dimension's unit (the printed number where a qualifier is attached). */
	value: number;
}

export interface ExcludedFact {
	fact: FlatFact;
	reason: string;
}

export interface QuantityComparison {
	/** Facts that can be charted together, in the given order. */
	comparable: ComparableFact[];
	/** Facts that cannot, each with its reason. */
	excluded: ExcludedFact[];
	/** Why there is no chart, in plain words; undefined when at least two facts are comparable. */
	noChartReason: string | undefined;
}

/** Sorts one dimension's facts into comparable and not, and says plainly why there is no chart when there is none. */
export function compareQuantities(
	facts: FlatFact[],
	dimension: Pick<DimensionData, 'kind' | 'unit' | 'scope'>,
	levelOf?: (jurisdictionId: string) => string,
): QuantityComparison {
	let comparable: ComparableFact[] = [];
	const excluded: ExcludedFact[] = [];
	for (const fact of facts) {
		const n = normaliseQuantity(fact, dimension);
		if (n.comparable) comparable.push({ fact, value: n.value });
		else excluded.push({ fact, reason: n.reason });
	}
	// A province's figure is not ranked beside a city's: the chart keeps the level most values are of.
	if (levelOf && comparable.length > 1) {
		const count = new Map<string, number>();
		for (const c of comparable) count.set(levelOf(c.fact.jurisdictionId), (count.get(levelOf(c.fact.jurisdictionId)) ?? 0) + 1);
		const [main] = [...count].sort((a, b) => b[1] - a[1])[0]!;
		for (const c of comparable)
			if (levelOf(c.fact.jurisdictionId) !== main) excluded.push({ fact: c.fact, reason: `${levelOf(c.fact.jurisdictionId)}的数值，不与${main}的数值排比` });
		comparable = comparable.filter((c) => levelOf(c.fact.jurisdictionId) === main);
	}
	return { comparable, excluded, noChartReason: noChartReason(facts, comparable, excluded, dimension) };
}

function noChartReason(
	facts: FlatFact[],
	comparable: ComparableFact[],
	excluded: ExcludedFact[],
	dimension: Pick<DimensionData, 'kind'>,
): string | undefined {
	if (comparable.length >= 2) return undefined;
	if (dimension.kind !== 'quantity') return '这是做法类维度，各地做法以文字列出，不作图表。';
	if (facts.length === 0) return '没有地区提及此项。';
	const reasons = [...new Set(excluded.map((e) => e.reason))].join('；');
	const places = new Set(facts.map((f) => f.jurisdictionId)).size;
	if (places === 1 && facts.length === 1)
		return reasons ? `只有一个地区提及此项，且${reasons}。` : '只有一个地区提及此项，没有可以并列比较的数值。';
	if (comparable.length === 1) return `只有一个数值可比，其余不可比：${reasons}。`;
	return `没有可比的数值：${reasons}。`;
}

/** One formatter for every call: making an Intl.NumberFormat costs far more than formatting (charts call this per bar). */
const quantityFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 10 });

/** Numbers as the pages print normalised values: Chinese grouping, no rounding beyond the source's decimals. */
export function formatQuantity(value: number): string {
	return quantityFormat.format(value);
}

/**
 * The sentence under a chart that has qualified bars: which words occur and that the bar shows the printed
 * number (with one real example), so that 50多亿 is never read as exactly 50亿.
 */
export function explainQualifiers(comparable: ComparableFact[], unit: string): string | undefined {
	const qualified = comparable.filter((c) => c.fact.qualifier !== undefined);
	const first = qualified[0];
	if (!first) return undefined;
	const words = [...new Set(qualified.map((c) => c.fact.qualifier!))];
	const quoted = (ws: string[]) => ws.map((w) => `“${w}”`).join('');
	const byMeaning = new Map<string, string[]>();
	for (const w of words) byMeaning.set(qualifierMeaning(w), [...(byMeaning.get(qualifierMeaning(w)) ?? []), w]);
	const meanings = [...byMeaning].map(([meaning, ws]) => `${quoted(ws)}表示${meaning}`).join('，');
	const example = `“${first.fact.display}”按${formatQuantity(first.value)}${unit}绘制`;
	return `带${quoted(words)}字样的数值，条形按来源印出的数字绘制（如${example}），标签照录原文；${meanings}。`;
}

/**
 * Bars for the comparable facts: one per fact, labelled with its place; a place with several comparable
 * facts gets them numbered (长沙市（1）, 长沙市（2）) so that no two bars read alike.
 */
export function chartData(comparable: ComparableFact[], placeName: (jurisdictionId: string) => string): BarDatum[] {
	const total = new Map<string, number>();
	for (const c of comparable) total.set(c.fact.jurisdictionId, (total.get(c.fact.jurisdictionId) ?? 0) + 1);
	const seen = new Map<string, number>();
	return comparable.map(({ fact, value }) => {
		const k = (seen.get(fact.jurisdictionId) ?? 0) + 1;
		seen.set(fact.jurisdictionId, k);
		const name = placeName(fact.jurisdictionId);
		return {
			label: total.get(fact.jurisdictionId)! > 1 ? `${name}（${k}）` : name,
			valueLabel: fact.display,
			value,
			marked: fact.qualifier !== undefined,
		};
	});
}
