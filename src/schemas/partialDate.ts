import { z } from 'astro/zod';

/** How much of a date the source states. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A calendar date with only the parts the source gives: `2018`, `2018-10` or `2018-10-22`.
 * Must be quoted in YAML: an unquoted 2018-13-45 would be silently rolled over by the YAML parser.
 */
export const partialDate = z
	.string({
		error: (issue) =>
			issue.input instanceof Date
				? 'write the date as a quoted string, e.g. "2018-10-22" (unquoted YAML dates are rolled over silently)'
				: 'expected a date string: "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
	})
	// abort: a malformed date gets only this message, not also "does not exist in the calendar".
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"', abort: true })
	.refine(isRealDate, { message: 'this date does not exist in the calendar' });

/** True when every stated part exists (month 1–12, day within that month). */
export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	if (y === undefined || Number.isNaN(y)) return false;
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

/** The precision a partial date carries. */
export function datePrecision(value: string): DatePrecision {
	const parts = value.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
