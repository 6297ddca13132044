import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeBarChart, estimateTextWidth, layoutBarChart, type BarDatum } from '../../src/lib/barChart.ts';
import { formatQuantity } from '../../src/lib/quantities.ts';

const upgrade: BarDatum[] = [
	{ label: '兰州市', valueLabel: '1.47亿元', value: 14700 },
	{ label: '长沙市', valueLabel: '50多亿元', value: 500000, marked: true },
];

describe('estimateTextWidth', () => {
	test('CJK characters are wider than digits, and widths grow with the font', () => {
		assert.ok(estimateTextWidth('长沙', 14) > estimateTextWidth('12', 14));
		assert.ok(estimateTextWidth('50多亿元', 14) >= 4 * 14);
		assert.equal(estimateTextWidth('', 14), 0);
		assert.ok(estimateTextWidth('873.3平方米', 20) > estimateTextWidth('873.3平方米', 14));
	});
});

describe('layoutBarChart', () => {
	test('largest first; the largest bar leaves room for every value label inside the drawing', () => {
		const layout = layoutBarChart(upgrade, { width: 360, fontSize: 14 });
		assert.deepEqual(layout.bars.map((b) => b.datum.label), ['长沙市', '兰州市']);
		for (const bar of layout.bars) {
			assert.ok(bar.valueX + estimateTextWidth(bar.datum.valueLabel, 14) <= layout.width, bar.datum.label);
			assert.ok(bar.barWidth >= 0 && bar.valueX > bar.barWidth);
		}
	});

	test('bar lengths are proportional to the values', () => {
		const [big, small] = layoutBarChart(upgrade).bars;
		assert.ok(Math.abs(small!.barWidth / big!.barWidth - 14700 / 500000) < 0.01);
	});

	test('a small positive value keeps a visible bar; zero has none', () => {
		const bars = layoutBarChart([
			{ label: '甲', valueLabel: '1000000个', value: 1_000_000 },
			{ label: '乙', valueLabel: '1个', value: 1 },
			{ label: '丙', valueLabel: '0个', value: 0 },
		]).bars;
		assert.equal(bars[1]!.barWidth, 1);
		assert.equal(bars[2]!.barWidth, 0);
	});

	test('rows do not overlap: each label sits above its bar, below the previous bar', () => {
		const layout = layoutBarChart([...upgrade, { label: '北京市', valueLabel: '1000万元', value: 1000 }]);
		let previousBottom = 0;
		for (const bar of layout.bars) {
			assert.ok(bar.labelY - layout.fontSize >= previousBottom, bar.datum.label);
			assert.ok(bar.labelY <= bar.barY);
			assert.ok(bar.valueY > bar.barY && bar.valueY <= bar.barY + bar.barHeight + layout.fontSize / 2);
			previousBottom = bar.barY + bar.barHeight;
		}
		assert.ok(layout.height >= previousBottom);
		assert.equal(layout.axis.y1, layout.bars[0]!.barY);
		assert.equal(layout.axis.y2, previousBottom);
	});

	test('ties keep the given order', () => {
		const bars = layoutBarChart([
			{ label: '甲', valueLabel: '5个', value: 5 },
			{ label: '乙', valueLabel: '5个', value: 5 },
		]).bars;
		assert.deepEqual(bars.map((b) => b.datum.label), ['甲', '乙']);
	});

	test('all zeros draw no bars but still lay out', () => {
		const layout = layoutBarChart([
			{ label: '甲', valueLabel: '0个', value: 0 },
			{ label: '乙', valueLabel: '0个', value: 0 },
		]);
		assert.deepEqual(layout.bars.map((b) => b.barWidth), [0, 0]);
	});

	test('refuses negative and non-finite values', () => {
		assert.throws(() => layoutBarChart([{ label: '甲', valueLabel: '-1个', value: -1 }]), RangeError);
		assert.throws(() => layoutBarChart([{ label: '甲', valueLabel: '?', value: Number.NaN }]), RangeError);
	});

	test('does not reorder the caller’s array', () => {
		const data = [...upgrade];
		layoutBarChart(data);
		assert.deepEqual(data, upgrade);
	});
});

describe('describeBarChart', () => {
	test('every value as printed, largest first, with the drawn number where it differs', () => {
		assert.equal(
			describeBarChart(upgrade, '万元', formatQuantity),
			'横向条形图，共2个数值（单位：万元），由大到小排列。长沙市：50多亿元，条形按所印数字500,000万元绘制；兰州市：1.47亿元，折合14,700万元。',
		);
	});

	test('no note when the printed value is the drawn one, grouping or not', () => {
		const text = describeBarChart(
			[
				{ label: '长沙市', valueLabel: '95个', value: 95 },
				{ label: '兰州市', valueLabel: '5364个', value: 5364 },
			],
			'个',
			formatQuantity,
		);
		assert.equal(text, '横向条形图，共2个数值（单位：个），由大到小排列。兰州市：5364个；长沙市：95个。');
	});
});
