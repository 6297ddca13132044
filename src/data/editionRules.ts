/**
 * Every record's edition rules (content/sources/*.rules.ts), indexed by record id once per build: a
 * search through all rules files per record page is quadratic in the library.
 */
import type { EditionRules } from '../lib/edition.ts';

const rulesByRecord = new Map(
	Object.values(import.meta.glob<{ default: EditionRules }>('/content/sources/*.rules.ts', { eager: true })).map((m) => [m.default.record, m.default]),
);

/** The edition rules of a record, if it has a rules file. */
export function getEditionRules(recordId: string): EditionRules | undefined {
	return rulesByRecord.get(recordId);
}
