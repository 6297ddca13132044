/**
 * Each record's related practices as the record page shows them: computed once per build from the
 * glossary's concordance and the facts' paragraphs (src/lib/relatedPractices.ts), then looked up per page.
 */
import { libraryOccurrences, parsePracticeKey, relatedPractices, type PracticeKind } from '../lib/relatedPractices.ts';
import { getGlossary } from './glossary.ts';
import { getCaseRecords, getDimensions, getFlatFacts, type CaseRecord } from './library.ts';

/** A shared term or named practice. */
export interface PracticeLabel {
	kind: PracticeKind;
	/** The term (双报到) or the dimension's label (大工委、大党委). */
	label: string;
}

/** Two paragraphs where this record and the related one do the same. */
export interface RelatedPassage {
	practices: PracticeLabel[];
	/** ¶ in this record. */
	paragraph: number;
	/** ¶ in the related record. */
	otherParagraph: number;
}

export interface RelatedRecordView {
	record: CaseRecord;
	/** How many terms and named practices the two share. */
	sharedCount: number;
	passages: RelatedPassage[];
}

let cache: Promise<Map<string, RelatedRecordView[]>> | undefined;

/** Every record's related records, best first (at most 6, each with at most 3 passages): once per build. */
export function getRelatedPractices(): Promise<Map<string, RelatedRecordView[]>> {
	cache ??= load();
	return cache;
}

async function load(): Promise<Map<string, RelatedRecordView[]>> {
	const [records, glossary, facts, dimensions] = await Promise.all([getCaseRecords(), getGlossary(), getFlatFacts(), getDimensions()]);
	const occurrences = libraryOccurrences(
		records.map((r) => r.id),
		glossary,
		facts,
		(id) => dimensions.get(id)?.kind === 'practice',
	);
	const recordById = new Map(records.map((r) => [r.id, r]));
	const termById = new Map(glossary.map((t) => [t.id, t.data.term]));
	const labelOf = (key: string): PracticeLabel => {
		const { kind, id } = parsePracticeKey(key);
		return { kind, label: kind === 'term' ? termById.get(id)! : dimensions.get(id)!.label };
	};
	const related = relatedPractices(occurrences);
	return new Map(
		[...related].map(([id, list]) => [
			id,
			list.map((r) => ({
				record: recordById.get(r.id)!,
				sharedCount: r.sharedCount,
				passages: r.passages.map((p) => ({ paragraph: p.paragraph, otherParagraph: p.otherParagraph, practices: p.practices.map((s) => labelOf(s.key)) })),
			})),
		]),
	);
}
