/**
 * Geometry of a horizontal bar chart, computed at build time so the page ships an SVG and no chart script.
 * Each bar has its label on its own line above it (place names never collide with bars at 375 px) and its
 * value, as the source prints it, just past its end. Bars start at zero: only non-negative counts are charted.
 */

/** One bar: a place, the value as printed, and the number the bar is drawn at. */
export interface BarDatum {
	/** Row label (长沙市). */
	label: string;
	/** The value as the source prints it, qualifier kept (50多亿元). */
	valueLabel: string;
	/** The number the bar's length shows, in the chart's unit. */
	value: number;
	/** The source qualifies the number (多, 近, 约 …): the bar shows the printed number. */
	marked?: boolean;
}

export interface BarChartOptions {
	/** Width of the drawing in px (the SVG scales down on narrow screens). */
	width?: number;
	fontSize?: number;
	barHeight?: number;
	/** Space between one bar and the next label. */
	gap?: number;
}

export interface BarGeometry {
	datum: BarDatum;
	/** Baseline of the row label. */
	labelY: number;
	barY: number;
	barWidth: number;
	barHeight: number;
	/** Start and baseline of the value label. */
	valueX: number;
	valueY: number;
}

export interface BarChartLayout {
	width: number;
	height: number;
	fontSize: number;
	/** The zero line, from the first bar's top to the last bar's bottom. */
	axis: { x: number; y1: number; y2: number };
	/** Largest value first; ties keep their given order. */
	bars: BarGeometry[];
}

/** Space between a bar's end and its value label. */
const valueGap = 6;

/**
 * Width of a label in px, erring wide (the value labels are bold, and fonts differ by platform): CJK and
 * full-width characters a little over 1 em, digits and Latin letters 0.7 em. Used to keep the longest value label inside the drawing.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		if (/[.,:;'!|il]/.test(ch)) em += 0.4;
		else if (/[\x20-\x7e]/.test(ch)) em += ch === '%' || ch === 'M' || ch === 'W' ? 0.95 : 0.7;
		else em += 1.05;
	}
	return Math.ceil(em * fontSize);
}

/** Lays the bars out, largest first. Throws on a negative or non-finite value: the chart has no negative side. */
export function layoutBarChart(data: BarDatum[], options: BarChartOptions = {}): BarChartLayout {
	const width = options.width ?? 360;
	const fontSize = options.fontSize ?? 14;
	const barHeight = options.barHeight ?? 18;
	const gap = options.gap ?? 14;
	for (const d of data)
		if (!Number.isFinite(d.value) || d.value < 0) throw new RangeError(`bar “${d.label}”: value ${d.value} is not a non-negative number`);
	const sorted = data.map((datum, i) => ({ datum, i })).sort((a, b) => b.datum.value - a.datum.value || a.i - b.i);
	const max = Math.max(0, ...data.map((d) => d.value));
	const widestValue = Math.max(0, ...data.map((d) => estimateTextWidth(d.valueLabel, fontSize)));
	// The longest bar leaves room for the widest value label, so every label stays inside the drawing.
	const plot = Math.max(0, width - 1 - valueGap - widestValue);
	const labelLine = Math.round(fontSize * 1.35);
	const rowHeight = labelLine + barHeight + gap;
	const top = 2;
	const bars = sorted.map(({ datum }, row): BarGeometry => {
		const y = top + row * rowHeight;
		const length = max === 0 ? 0 : (datum.value / max) * plot;
		// A positive value never disappears: at least 1 px.
		const barWidth = datum.value > 0 ? Math.max(1, round(length)) : 0;
		const barY = y + labelLine;
		return {
			datum,
			labelY: y + fontSize,
			barY,
			barWidth,
			barHeight,
			valueX: 1 + barWidth + valueGap,
			valueY: round(barY + barHeight / 2 + fontSize * 0.36),
		};
	});
	const last = bars.at(-1);
	const height = last ? last.barY + barHeight + top : top * 2;
	return { width, height, fontSize, axis: { x: 0.5, y1: bars[0]?.barY ?? 0, y2: last ? last.barY + barHeight : 0 }, bars };
}

/** Two decimals are plenty for SVG coordinates and keep the markup short. */
function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/**
 * The chart in words for its <desc>: every value as printed, in chart order, with the number the bar shows
 * where it differs from the printed form (a multiplier or a qualifier).
 */
export function describeBarChart(
	data: BarDatum[],
	unit: string,
	format: (n: number) => string = (n) => String(n),
): string {
	const rows = layoutBarChart(data).bars.map(({ datum }) => {
		const drawn = `${format(datum.value)}${unit}`;
		const printedAsDrawn = datum.valueLabel === drawn || datum.valueLabel === `${datum.value}${unit}`;
		const note = datum.marked ? `，条形按所印数字${drawn}绘制` : printedAsDrawn ? '' : `，折合${drawn}`;
		return `${datum.label}：${datum.valueLabel}${note}`;
	});
	return `横向条形图，共${data.length}个数值（单位：${unit}），由大到小排列。${rows.join('；')}。`;
}
