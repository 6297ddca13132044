import type { Fact } from '../schemas/fact.ts';

/** Qualifiers printed before the number (不少于600平方米) and after the unit (3家左右); 多/余 sit inside (50多亿元, 10万多名). */
const before = new Set(['不少于', '至少', '近', '约', '超过', '突破']);
const after = new Set(['左右', '以上']);

/** Ways the source may have printed value, qualifier and unit, in order of preference. */
function candidates(value: string, unit: string, q: string | undefined): string[] {
	if (!q) return [`${value}${unit}`];
	if (before.has(q)) return [`${q}${value}${unit}`];
	if (after.has(q)) return [`${value}${unit}${q}`, `${value}${q}${unit}`];
	const multiplier = unit.match(/^[万亿]+/)?.[0];
	const inside = [`${value}${q}${unit}`];
	// 10万多名 keeps 多 after the multiplier; 50多亿 keeps it before. Both occur in the sources.
	if (multiplier) inside.push(`${value}${multiplier}${q}${unit.slice(multiplier.length)}`);
	return inside;
}

/**
 * The fact's value as the source states it, qualifier kept: 7.44万名, 50多亿元, 10万多名, 不少于600平方米, “6+2”模式.
 * Where the qualifier's position is ambiguous, the form that occurs in the quote wins.
 */
export function formatFactValue(fact: Pick<Fact, 'value' | 'unit' | 'qualifier' | 'quote'>): string {
	const forms = candidates(String(fact.value), fact.unit ?? '', fact.qualifier);
	const printed = forms.find((form) => fact.quote.includes(form));
	if (printed) return printed;
	// The unit may be editorial (亿元 where the source wrote 亿): match without its last characters.
	const partial = forms.find((form) => fact.unit && fact.quote.includes(form.slice(0, form.lastIndexOf(fact.unit) + 1)));
	return partial ?? forms[0]!;
}
