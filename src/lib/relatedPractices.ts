/**
 * Related practices: for each record, the other records that share its practices (a glossary term both
 * texts use, a named practice both state as a fact), ranked by how rare the shared practices are in the
 * library, each with the paragraph where this record does it and the paragraph where the other does.
 * Made from occurrences the build already has (the glossary's concordance, the facts' paragraphs),
 * never listed by hand.
 *
 * Cheap at any size: one inverted index (practice → records using it) per call; a practice used by more
 * than `maxShare` of the library is skipped (common ground says nothing about which records are alike);
 * then each record reads the records of its rarest practices until `maxVisits` postings are read, and
 * scores exactly only its `maxCandidates` best candidates. Per record the work is bounded by the options,
 * not by the library (n × (maxVisits · log maxVisits + maxCandidates × practices per record)); no pair of
 * records is compared unless they share a rare practice. 5,000 synthetic records: about 1 s of CPU
 * (tests/scale/relatedPractices.test.ts).
 */

/** One use of a practice in a record. */
export interface PracticeOccurrence {
	/** What is shared: equal keys are the same practice (the site uses `term:<id>` and `dimension:<id>`). */
	key: string;
	/** ¶ number of the paragraph where the record uses it. */
	paragraph: number;
}

/** A record's uses of practices, in any order; a practice used several times is listed each time. */
export interface RecordOccurrences {
	id: string;
	occurrences: PracticeOccurrence[];
}

/** A practice two records share. */
export interface SharedPractice {
	key: string;
	/** How rare the practice is: ln((n + 1) / records using it), always above 0. */
	weight: number;
}

/**
 * Two paragraphs, one in each record, where the two do the same: each practice of a record is placed in
 * the paragraph that uses it most (the first such on a tie), and the practices the two records place in
 * the same two paragraphs are one passage.
 */
export interface SharedPassage {
	/** ¶ in this record. */
	paragraph: number;
	/** ¶ in the related record. */
	otherParagraph: number;
	/** The practices shared there, rarest first (among equally rare, the one the two texts use most). */
	practices: SharedPractice[];
	/** The sum of their weights. */
	weight: number;
}

/** A record related to another by the practices they share. */
export interface RelatedRecord {
	id: string;
	/** The sum of the weights of every practice the two share (the rarer and the more, the higher). */
	score: number;
	/** How many practices the two share (skipped common ones not counted). */
	sharedCount: number;
	/** The heaviest shared passages, at most `maxShared`. */
	passages: SharedPassage[];
}

export interface RelatedPracticesOptions {
	/** Related records per record (default 6). */
	maxRelated?: number;
	/** Shared passages per related record (default 3). */
	maxShared?: number;
	/** A practice used by more than this share of the records (and by more than 2) is skipped (default 0.5). */
	maxShare?: number;
	/** Postings a record reads to find candidates, rarest practices first (default 2,000). */
	maxVisits?: number;
	/** Candidates (by the practices read) rescored over every shared practice (default 50). */
	maxCandidates?: number;
}

/** Where and how much a record uses a practice. */
export interface PracticeUse {
	/** The paragraph where the record uses it most (the first such on a tie). */
	paragraph: number;
	/** How many times the record uses it. */
	uses: number;
}

/** Each practice of a record with the paragraph where it is used most and its number of uses. */
export function practiceUses(occurrences: PracticeOccurrence[]): Map<string, PracticeUse> {
	const counts = new Map<string, Map<number, number>>();
	for (const { key, paragraph } of occurrences) {
		const byParagraph = counts.get(key) ?? new Map<number, number>();
		byParagraph.set(paragraph, (byParagraph.get(paragraph) ?? 0) + 1);
		counts.set(key, byParagraph);
	}
	const result = new Map<string, PracticeUse>();
	for (const [key, byParagraph] of counts) {
		let best: [number, number] | undefined;
		let uses = 0;
		for (const [paragraph, count] of byParagraph) {
			uses += count;
			if (!best || count > best[1] || (count === best[1] && paragraph < best[0])) best = [paragraph, count];
		}
		result.set(key, { paragraph: best![0], uses });
	}
	return result;
}

/** A record's shareable practices as numbers: practice ids ascending, with their paragraph and uses. */
interface PracticeRow {
	ids: Int32Array;
	paragraphs: Int32Array;
	uses: Int32Array;
}

/** The related records of every record (records with none map to an empty list), best first. */
export function relatedPractices(records: RecordOccurrences[], options: RelatedPracticesOptions = {}): Map<string, RelatedRecord[]> {
	const { maxRelated = 6, maxShared = 3, maxShare = 0.5, maxVisits = 2000, maxCandidates = 50 } = options;
	const n = records.length;
	const practicesOf = records.map((r) => practiceUses(r.occurrences));

	// The inverted index: practice → the records using it, in input order; practices numbered as met.
	const keys: string[] = [];
	const keyId = new Map<string, number>();
	const postings: number[][] = [];
	practicesOf.forEach((practices, i) => {
		for (const key of practices.keys()) {
			let id = keyId.get(key);
			if (id === undefined) {
				id = keys.push(key) - 1;
				keyId.set(key, id);
				postings.push([]);
			}
			postings[id]!.push(i);
		}
	});
	const maxRecords = Math.max(2, Math.floor(maxShare * n));
	const weight = new Float64Array(keys.length); // 0: a practice skipped (used once, or too widely)
	postings.forEach((list, id) => {
		if (list.length >= 2 && list.length <= maxRecords) weight[id] = Math.log((n + 1) / list.length);
	});
	const rows: PracticeRow[] = practicesOf.map((practices) => {
		const kept = [...practices].map(([key, use]) => ({ id: keyId.get(key)!, use })).filter(({ id }) => weight[id]! > 0);
		kept.sort((a, b) => a.id - b.id);
		return { ids: Int32Array.from(kept, (k) => k.id), paragraphs: Int32Array.from(kept, (k) => k.use.paragraph), uses: Int32Array.from(kept, (k) => k.use.uses) };
	});

	// One score per record, reused: only the entries a record touches are read and reset.
	const partial = new Float64Array(n);
	const result = new Map<string, RelatedRecord[]>();
	records.forEach((record, i) => {
		const mine = rows[i]!;
		// Candidates: the records met on the postings of this record's rarest practices, whole lists only,
		// until the budget is spent (only a record whose rarest practice alone exceeds it reads part of one list).
		const rarestFirst = [...mine.ids].sort((a, b) => weight[b]! - weight[a]! || compare(keys[a]!, keys[b]!));
		const touched: number[] = [];
		let visits = 0;
		for (const id of rarestFirst) {
			const list = postings[id]!;
			if (visits > 0 && visits + list.length > maxVisits) break;
			const end = Math.min(list.length, maxVisits);
			for (let k = 0; k < end; k++) {
				const j = list[k]!;
				if (j === i) continue;
				if (partial[j] === 0) touched.push(j);
				partial[j] = partial[j]! + weight[id]!;
			}
			visits += list.length;
		}
		touched.sort((a, b) => partial[b]! - partial[a]! || a - b);
		const candidates = touched.slice(0, maxCandidates);
		for (const j of touched) partial[j] = 0;

		// Exact scores for the candidates, over every practice the two share; passages for the best only.
		const scored = candidates.map((j) => {
			let score = 0;
			let count = 0;
			forShared(mine, rows[j]!, (a) => {
				score += weight[mine.ids[a]!]!;
				count++;
			});
			return { j, score, count };
		});
		scored.sort((a, b) => b.score - a.score || b.count - a.count || a.j - b.j);

		result.set(
			record.id,
			scored.slice(0, maxRelated).map(({ j, score, count }) => {
				const theirs = rows[j]!;
				const shared: PassagePractice[] = [];
				forShared(mine, theirs, (a, b) => {
					const id = mine.ids[a]!;
					shared.push({ key: keys[id]!, weight: weight[id]!, paragraph: mine.paragraphs[a]!, otherParagraph: theirs.paragraphs[b]!, uses: mine.uses[a]! + theirs.uses[b]! });
				});
				return { id: records[j]!.id, score, sharedCount: count, passages: passages(shared).slice(0, maxShared) };
			}),
		);
	});
	return result;
}

/** Calls `found` with the positions in each row of every practice both rows have (a merge of the sorted ids). */
function forShared(mine: PracticeRow, theirs: PracticeRow, found: (a: number, b: number) => void) {
	let a = 0;
	let b = 0;
	while (a < mine.ids.length && b < theirs.ids.length) {
		const x = mine.ids[a]!;
		const y = theirs.ids[b]!;
		if (x === y) found(a++, b++);
		else if (x < y) a++;
		else b++;
	}
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A shared practice with where and how much the two records use it. */
interface PassagePractice extends SharedPractice {
	paragraph: number;
	otherParagraph: number;
	/** Uses in both records together. */
	uses: number;
}

/** The shared practices grouped by their two paragraphs, heaviest passage first (then the rarest practice, then this record's order). */
function passages(shared: PassagePractice[]): SharedPassage[] {
	shared.sort((a, b) => b.weight - a.weight || b.uses - a.uses || compare(a.key, b.key));
	const byPair = new Map<string, SharedPassage>();
	for (const { key, weight, paragraph, otherParagraph } of shared) {
		const pair = `${paragraph}→${otherParagraph}`;
		const passage = byPair.get(pair) ?? { paragraph, otherParagraph, practices: [], weight: 0 };
		passage.practices.push({ key, weight });
		passage.weight += weight;
		byPair.set(pair, passage);
	}
	return [...byPair.values()].sort((a, b) => b.weight - a.weight || b.practices[0]!.weight - a.practices[0]!.weight || a.paragraph - b.paragraph);
}

/** What the site relates records by: a glossary term or a named-practice dimension. */
export type PracticeKind = 'term' | 'dimension';

/** The key of a term or dimension as `relatedPractices` takes it, and back. */
export const practiceKey = (kind: PracticeKind, id: string): string => `${kind}:${id}`;
export function parsePracticeKey(key: string): { kind: PracticeKind; id: string } {
	const at = key.indexOf(':');
	return { kind: key.slice(0, at) as PracticeKind, id: key.slice(at + 1) };
}

/**
 * The site's occurrences per record (in `recordIds` order): every line of each term's concordance, and
 * every fact of a named-practice dimension (quantities are measures, not practices) at its quote's paragraph.
 */
export function libraryOccurrences(
	recordIds: string[],
	terms: { id: string; lines: { recordId: string; paragraph: number }[] }[],
	facts: { recordId: string; dimensionId: string; paragraph: number }[],
	isPractice: (dimensionId: string) => boolean,
): RecordOccurrences[] {
	const byRecord = new Map<string, PracticeOccurrence[]>(recordIds.map((id) => [id, []]));
	for (const term of terms) {
		const key = practiceKey('term', term.id);
		for (const line of term.lines) byRecord.get(line.recordId)?.push({ key, paragraph: line.paragraph });
	}
	for (const fact of facts) if (isPractice(fact.dimensionId)) byRecord.get(fact.recordId)?.push({ key: practiceKey('dimension', fact.dimensionId), paragraph: fact.paragraph });
	return [...byRecord].map(([id, occurrences]) => ({ id, occurrences }));
}
