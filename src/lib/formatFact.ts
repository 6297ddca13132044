import type { Fact } from '../schemas/fact.ts';

/** Qualifiers printed before the number (不少于600平方米) and after the unit (3家左右); the rest sit between (50多亿元). */
const before = new Set(['不少于', '至少', '近', '约', '超过', '突破']);
const after = new Set(['左右', '以上']);

/** The fact's value as the source states it, qualifier kept: 7.44万名, 50多亿元, 不少于600平方米, “6+2”模式. */
export function formatFactValue(fact: Pick<Fact, 'value' | 'unit' | 'qualifier'>): string {
	const value = String(fact.value);
	const unit = fact.unit ?? '';
	const q = fact.qualifier;
	if (!q) return `${value}${unit}`;
	if (before.has(q)) return `${q}${value}${unit}`;
	if (after.has(q)) return `${value}${unit}${q}`;
	return `${value}${q}${unit}`;
}
