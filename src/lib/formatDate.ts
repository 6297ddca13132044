import { datePrecision } from '../schemas/partialDate.ts';

/** Prints a partial date at exactly its precision: 2018年 / 2018年10月 / 2018年10月22日; unknown → 未注明. */
export function formatPartialDate(date: string | null, time?: string): string {
	if (date === null) return '未注明';
	const [y, m, d] = date.split('-').map(Number);
	const precision = datePrecision(date);
	const text = precision === 'year' ? `${y}年` : precision === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日`;
	return time && precision === 'day' ? `${text} ${time}` : text;
}

/** The year of a partial date, or undefined when unknown. */
export function yearOf(date: string | null | undefined): number | undefined {
	return date ? Number(date.slice(0, 4)) : undefined;
}
