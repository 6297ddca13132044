/**
 * The few figures a record page shows before its text (on a phone the full list would push the text
 * five screens down): numbers, not practices, one per dimension group in the groups' order so that
 * they span the record's concerns, then further numbers in the record's order, up to `max`.
 */
import { dimensionGroups } from '../schemas/dimensionGroups.ts';

export function keyFigures<F extends { value: number | string; dimension: { id: string } }>(facts: F[], groupOf: (dimensionId: string) => string | undefined, max = 6): F[] {
	const numbers = facts.filter((f) => typeof f.value === 'number');
	const chosen: F[] = [];
	for (const group of dimensionGroups) {
		const first = numbers.find((f) => groupOf(f.dimension.id) === group);
		if (first && chosen.length < max) chosen.push(first);
	}
	for (const fact of numbers) if (chosen.length < max && !chosen.includes(fact)) chosen.push(fact);
	// In the record's order, as a reader meets them in the text.
	return numbers.filter((f) => chosen.includes(f));
}
