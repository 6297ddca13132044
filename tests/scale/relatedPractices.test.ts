/**
 * Related practices stay cheap and right at 5,000 records: a synthetic corpus (scripts/bench/synthesizeCorpus.ts)
 * read as the site reads it (the glossary's concordance over every body, every fact's paragraph), its
 * occurrences related by src/lib/relatedPractices.ts as the record pages relate them. Every list is capped,
 * and every passage's practices are in both of its paragraphs. A second, Zipf-like occurrence set (a long
 * tail of rare practices, unlike the synthetic corpus, whose copies make every practice common) checks the
 * caps where candidates are many.
 *
 * Timings are reported as test diagnostics, never asserted (the machine is shared):
 *
 *   npm run test:scale                       (with the search exactness test)
 *   RELATED_SCALE_SIZE=1000 node --test tests/scale/relatedPractices.test.ts
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { projectRoot } from '../../scripts/bench/siteRoot.ts';
import { seededRandom, synthesizeCorpus } from '../../scripts/bench/synthesizeCorpus.ts';
import { concordance } from '../../src/lib/concordance.ts';
import { bodyBlocks, type BodyBlock } from '../../src/lib/edition.ts';
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { libraryOccurrences, parsePracticeKey, relatedPractices, type RecordOccurrences, type RelatedRecord } from '../../src/lib/relatedPractices.ts';

const n = Number(process.env.RELATED_SCALE_SIZE ?? 5000);

/** What `run` takes, wall and CPU (this process; the wall time grows when other work shares the machine), and its result. */
function timed<T>(run: () => T): { took: string; result: T } {
	const start = performance.now();
	const cpu = process.cpuUsage();
	const result = run();
	const { user, system } = process.cpuUsage(cpu);
	return { took: `${(performance.now() - start).toFixed(0)} ms (CPU ${((user + system) / 1000).toFixed(0)} ms)`, result };
}

/** Every list within the caps the record page shows (6 records, 3 passages each), never the record itself. */
function assertCapped(related: Map<string, RelatedRecord[]>) {
	for (const [id, list] of related) {
		assert.ok(list.length <= 6, `${id}: ${list.length} related`);
		for (const r of list) {
			assert.notEqual(r.id, id);
			assert.ok(r.passages.length >= 1 && r.passages.length <= 3, `${id} → ${r.id}`);
		}
	}
}

describe(`related practices over ${n.toLocaleString('en')} records`, () => {
	let root: string;
	before(() => {
		root = mkdtempSync(join(tmpdir(), `related-practices-${n}-`));
		synthesizeCorpus(join(projectRoot, 'content'), join(root, 'content'), n, 1);
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('the synthetic corpus: capped lists, each passage in both paragraphs', (t) => {
		const { library } = readContent(join(root, 'content'));
		assert.equal(library.cases.length, n);
		const blocks = new Map<string, BodyBlock[]>(library.cases.map((c) => [c.id, bodyBlocks(c.body)]));
		const sources = library.cases.map((c) => ({ id: c.id, title: c.data.title, blocks: blocks.get(c.id)! }));
		const glossary = timed(() => (library.terms ?? []).map((term) => ({ id: term.id, forms: [term.data.term, ...term.data.aliases], lines: concordance(sources, [term.data.term, ...term.data.aliases]) })));
		const facts = flattenFacts(contentFactSources(library));
		const kinds = new Map(library.dimensions.map((d) => [d.id, d.data.kind]));
		const occurrences = timed(() => libraryOccurrences(library.cases.map((c) => c.id), glossary.result, facts, (id) => kinds.get(id) === 'practice'));
		const related = timed(() => relatedPractices(occurrences.result));
		const uses = occurrences.result.reduce((sum, r) => sum + r.occurrences.length, 0);
		t.diagnostic(`${n} records, ${uses} occurrences: concordance of ${(library.terms ?? []).length} terms (made for the term pages anyway) ${glossary.took}; occurrences ${occurrences.took}; relatedPractices ${related.took}`);

		assertCapped(related.result);
		assert.ok([...related.result.values()].every((list) => list.length === 6), 'every synthetic record has 6 related (its copies)');
		// Each passage holds: checked on every 25th record, all of its passages.
		const factsAt = new Set(facts.map((f) => `${f.recordId} ${f.dimensionId} ${f.paragraph}`));
		const forms = new Map(glossary.result.map((term) => [term.id, term.forms]));
		const holds = (recordId: string, paragraph: number, key: string) => {
			const { kind, id } = parsePracticeKey(key);
			const text = blocks.get(recordId)!.find((b) => b.n === paragraph)!.text;
			return kind === 'term' ? forms.get(id)!.some((f) => text.includes(f)) : factsAt.has(`${recordId} ${id} ${paragraph}`);
		};
		let checked = 0;
		for (const c of library.cases.filter((_, i) => i % 25 === 0))
			for (const r of related.result.get(c.id)!)
				for (const p of r.passages)
					for (const { key } of p.practices) {
						assert.ok(holds(c.id, p.paragraph, key) && holds(r.id, p.otherParagraph, key), `${c.id} ¶${p.paragraph} → ${r.id} ¶${p.otherParagraph}: ${key}`);
						checked++;
					}
		t.diagnostic(`${checked} passage practices checked against the texts`);
	});

	test('a Zipf-like occurrence set: capped lists, a bounded cost', (t) => {
		// 5,000 records of 40 practices each, drawn from 20,000 by a Zipf-like law: a few very common, most rare.
		const random = seededRandom(5000);
		const practices = 20_000;
		const records: RecordOccurrences[] = Array.from({ length: n }, (_, i) => ({
			id: `r${i}`,
			occurrences: Array.from({ length: 40 }, () => ({ key: `p${Math.floor(practices ** random()) - 1}`, paragraph: 1 + Math.floor(random() * 30) })),
		}));
		const related = timed(() => relatedPractices(records));
		t.diagnostic(`${n} records × 40 occurrences (Zipf-like over ${practices} practices): relatedPractices ${related.took}`);
		assertCapped(related.result);
		assert.ok([...related.result.values()].filter((list) => list.length === 6).length > n * 0.9, 'most records find 6 related');
	});
});
