import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../../scripts/bench/synthesizeCorpus.ts';
import { concordance } from '../../src/lib/concordance.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import { readContent } from '../../src/lib/readContent.ts';
import {
	libraryOccurrences,
	parsePracticeKey,
	practiceKey,
	practiceUses,
	relatedPractices,
	type RecordOccurrences,
	type RelatedRecord,
} from '../../src/lib/relatedPractices.ts';

/** A record using each practice once, in the paragraph given: `rec('a', { x: 3 })`. */
const rec = (id: string, uses: Record<string, number>): RecordOccurrences => ({
	id,
	occurrences: Object.entries(uses).map(([key, paragraph]) => ({ key, paragraph })),
});

/** `n` records that share nothing, to make a library large enough that practices are rare in it. */
const filler = (n: number): RecordOccurrences[] => Array.from({ length: n }, (_, i) => rec(`filler-${i}`, { [`own-${i}`]: 1 }));

const ids = (list: RelatedRecord[] | undefined) => (list ?? []).map((r) => r.id);

describe('practiceUses', () => {
	test('places a practice in the paragraph that uses it most, the first such on a tie, and counts its uses', () => {
		const uses = practiceUses([
			{ key: 'x', paragraph: 5 },
			{ key: 'x', paragraph: 2 },
			{ key: 'x', paragraph: 5 },
			{ key: 'y', paragraph: 9 },
			{ key: 'y', paragraph: 4 },
		]);
		assert.deepEqual(uses.get('x'), { paragraph: 5, uses: 3 });
		assert.deepEqual(uses.get('y'), { paragraph: 4, uses: 2 });
	});
});

describe('relatedPractices', () => {
	test('relates records sharing a practice, with the paragraph on each side, and never a record to itself', () => {
		const related = relatedPractices([rec('a', { x: 3 }), rec('b', { x: 7 }), ...filler(4)]);
		assert.deepEqual(related.get('a'), [{ id: 'b', score: Math.log(7 / 2), sharedCount: 1, passages: [{ paragraph: 3, otherParagraph: 7, practices: [{ key: 'x', weight: Math.log(7 / 2) }], weight: Math.log(7 / 2) }] }]);
		assert.deepEqual(related.get('b')![0]!.passages[0]!, { paragraph: 7, otherParagraph: 3, practices: [{ key: 'x', weight: Math.log(7 / 2) }], weight: Math.log(7 / 2) });
		assert.deepEqual(related.get('filler-0'), [], 'a record sharing nothing has an empty list');
	});

	test('a rarer shared practice ranks a record higher; at equal rarity, sharing more does', () => {
		const related = relatedPractices([
			rec('me', { rare: 1, common: 2, p: 3, q: 4 }),
			rec('rare-sharer', { rare: 1 }),
			rec('common-1', { common: 1 }),
			rec('common-2', { common: 1 }),
			rec('two-sharer', { p: 1, q: 2 }),
			rec('one-sharer', { p: 1 }),
			...filler(10),
		]);
		// rare: 2 records, common: 3, p: 3, q: 2 → two-sharer (p + q) > rare-sharer (rare) > one-sharer (p) = common-1 = common-2.
		assert.deepEqual(ids(related.get('me')), ['two-sharer', 'rare-sharer', 'common-1', 'common-2', 'one-sharer']);
	});

	test('a practice used by more than half the library is skipped', () => {
		const records = Array.from({ length: 10 }, (_, i) => rec(`r${i}`, i < 6 ? { everywhere: 1 } : { elsewhere: 1 }));
		const related = relatedPractices(records);
		assert.deepEqual(ids(related.get('r0')), [], 'everywhere: 6 of 10');
		assert.deepEqual(ids(related.get('r6')), ['r7', 'r8', 'r9'], 'elsewhere: 4 of 10');
		assert.deepEqual(ids(relatedPractices(records, { maxShare: 0.6 }).get('r0')), ['r1', 'r2', 'r3', 'r4', 'r5']);
		assert.deepEqual(ids(relatedPractices([rec('a', { x: 1 }), rec('b', { x: 2 })]).get('a')), ['b'], 'two records may always share');
	});

	test('practices the two records place in the same two paragraphs are one passage, the heaviest passage first', () => {
		const related = relatedPractices([rec('a', { term: 4, dimension: 4, other: 9 }), rec('b', { term: 2, dimension: 2, other: 5 }), ...filler(6)]);
		const passages = related.get('a')![0]!.passages;
		assert.deepEqual(
			passages.map((p) => [p.paragraph, p.otherParagraph, p.practices.map((s) => s.key)]),
			[
				[4, 2, ['dimension', 'term']],
				[9, 5, ['other']],
			],
		);
		assert.equal(passages[0]!.weight, 2 * Math.log(9 / 2));
	});

	test('among equally rare practices of a passage, the one the two texts use most comes first', () => {
		const a: RecordOccurrences = { id: 'a', occurrences: [{ key: 'once', paragraph: 1 }, { key: 'often', paragraph: 1 }, { key: 'often', paragraph: 1 }] };
		const b: RecordOccurrences = { id: 'b', occurrences: [{ key: 'once', paragraph: 2 }, { key: 'often', paragraph: 2 }] };
		assert.deepEqual(relatedPractices([a, b, ...filler(4)]).get('a')![0]!.passages[0]!.practices.map((s) => s.key), ['often', 'once']);
	});

	test('lists at most maxRelated records and maxShared passages each', () => {
		const many = Array.from({ length: 12 }, (_, i) => rec(`r${i}`, { a: 1, b: 2, c: 3, d: 4, e: 5 }));
		const related = relatedPractices([...many, ...filler(20)], { maxRelated: 4, maxShared: 2 });
		for (const list of related.values()) {
			assert.ok(list.length <= 4);
			for (const r of list) assert.ok(r.passages.length <= 2 && r.sharedCount === 5);
		}
		assert.equal(related.get('r0')!.length, 4);
	});

	test('with budgets the library does not reach, equals scoring every pair', () => {
		const random = seededRandom(16);
		const practices = Array.from({ length: 40 }, (_, i) => `p${i}`);
		const records = Array.from({ length: 60 }, (_, i) =>
			rec(
				`r${i}`,
				// Zipf-like: low-numbered practices are common, high-numbered ones rare.
				Object.fromEntries(practices.filter((_, k) => random() < 0.6 / (1 + k / 4)).map((p) => [p, 1 + Math.floor(random() * 20)])),
			),
		);
		const got = relatedPractices(records, { maxVisits: 1e9, maxCandidates: 1e9, maxRelated: 1e9 });
		const n = records.length;
		const df = new Map<string, number>();
		for (const r of records) for (const o of r.occurrences) df.set(o.key, (df.get(o.key) ?? 0) + 1);
		const weight = (key: string) => (df.get(key)! >= 2 && df.get(key)! <= n / 2 ? Math.log((n + 1) / df.get(key)!) : 0);
		for (const r of records) {
			const mine = new Set(r.occurrences.map((o) => o.key));
			const expected = records
				.filter((o) => o !== r)
				.map((o) => {
					const shared = o.occurrences.filter((x) => mine.has(x.key) && weight(x.key) > 0);
					return { id: o.id, score: shared.reduce((s, x) => s + weight(x.key), 0), count: shared.length };
				})
				.filter((e) => e.count > 0);
			const list = got.get(r.id)!;
			// The same records with the same scores, best first (equal scores may differ in the last bit, summed in another order).
			assert.deepEqual(new Set(ids(list)), new Set(expected.map((e) => e.id)), r.id);
			for (const x of list) assert.ok(Math.abs(x.score - expected.find((e) => e.id === x.id)!.score) < 1e-9, `${r.id} → ${x.id}`);
			list.slice(1).forEach((x, i) => assert.ok(x.score <= list[i]!.score + 1e-9, `${r.id}: best first`));
		}
	});

	test('with small budgets still lists related records, each scored over every practice the two share', () => {
		// 300 records share `wide` (under half of 700); pairs of records also share a rare practice of their own.
		const records = Array.from({ length: 700 }, (_, i) => rec(`r${i}`, { ...(i < 300 ? { wide: 1 } : {}), [`pair-${Math.floor(i / 2)}`]: 2 }));
		const related = relatedPractices(records, { maxVisits: 100, maxCandidates: 10 });
		const first = related.get('r0')!;
		assert.equal(first[0]!.id, 'r1', 'the rare practice is read first and finds its partner');
		assert.equal(first[0]!.sharedCount, 2, 'the partner is scored on both shared practices');
		assert.ok(first.length <= 6);
	});
});

describe('the site’s occurrences', () => {
	test('libraryOccurrences takes every concordance line and the facts of named-practice dimensions only', () => {
		const occurrences = libraryOccurrences(
			['a', 'b'],
			[{ id: 'shuang-baodao', lines: [{ recordId: 'a', paragraph: 3 }, { recordId: 'a', paragraph: 3 }, { recordId: 'elsewhere', paragraph: 1 }] }],
			[
				{ recordId: 'b', dimensionId: 'dual-reporting', paragraph: 7 },
				{ recordId: 'b', dimensionId: 'streets-count', paragraph: 2 },
			],
			(id) => id === 'dual-reporting',
		);
		assert.deepEqual(occurrences, [
			{ id: 'a', occurrences: [{ key: 'term:shuang-baodao', paragraph: 3 }, { key: 'term:shuang-baodao', paragraph: 3 }] },
			{ id: 'b', occurrences: [{ key: 'dimension:dual-reporting', paragraph: 7 }] },
		]);
		assert.deepEqual(parsePracticeKey(practiceKey('dimension', 'da-gongwei')), { kind: 'dimension', id: 'da-gongwei' });
	});

	test('on the library, each passage’s practices are in both paragraphs (the term, or a fact’s quote), and Changsha finds Lanzhou’s 大工委', () => {
		const { library } = readContent('content');
		const blocks = new Map(library.cases.map((c) => [c.id, bodyBlocks(c.body)]));
		const sources = library.cases.map((c) => ({ id: c.id, title: c.data.title, blocks: blocks.get(c.id)! }));
		const terms = (library.terms ?? []).map((t) => ({ id: t.id, forms: [t.data.term, ...t.data.aliases], lines: concordance(sources, [t.data.term, ...t.data.aliases]) }));
		const facts = flattenFacts(contentFactSources(library));
		const kinds = new Map(library.dimensions.map((d) => [d.id, d.data.kind]));
		const related = relatedPractices(libraryOccurrences(library.cases.map((c) => c.id), terms, facts, (id) => kinds.get(id) === 'practice'));

		const holds = (recordId: string, paragraph: number, key: string) => {
			const { kind, id } = parsePracticeKey(key);
			const text = blocks.get(recordId)!.find((b) => b.n === paragraph)!.text;
			return kind === 'term'
				? terms.find((t) => t.id === id)!.forms.some((f) => text.includes(f))
				: facts.some((f) => f.recordId === recordId && f.dimensionId === id && f.paragraph === paragraph && text.includes(f.quote));
		};
		let passages = 0;
		for (const [id, list] of related) {
			assert.ok(list.length > 0 && list.length <= 6, id);
			for (const other of list)
				for (const p of other.passages)
					for (const { key } of p.practices) {
						assert.ok(holds(id, p.paragraph, key), `${id} ¶${p.paragraph} ${key}`);
						assert.ok(holds(other.id, p.otherParagraph, key), `${other.id} ¶${p.otherParagraph} ${key}`);
						passages++;
					}
		}
		assert.ok(passages > 50);
		const lanzhou = related.get('changsha-sixiang-zaizao')!.find((r) => r.id === 'lanzhou-wangge-dangjian')!;
		assert.ok(lanzhou.passages.some((p) => p.practices.some((s) => s.key === 'term:da-gongwei')));
	});
});
