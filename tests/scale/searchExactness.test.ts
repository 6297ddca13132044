/**
 * The search is exact at scale: synthetic corpora (scripts/bench/synthesizeCorpus.ts) indexed with
 * the site's own indexing function (scripts/build-search-index.ts `writeSearchIndex`: parts of 2,500
 * records past 2,500), searched with Pagefind's own browser module in Node with the parts merged as the
 * browser merges them (tests/support/nodePagefind.ts), through the query logic the
 * browser runs (`answer` of src/lib/searchEngine.ts). For every guard query of
 * tests/fixtures/search-terms.ts and the edge queries of tests/support/searchCorpus.ts, aliases off,
 * the answer must be exactly the records whose text (metadata fields and paragraphs) contains every
 * word: recall and precision 100%, against plain substring search over the folded texts.
 *
 *   npm run test:scale                  1,000 and 5,000 records (part of `npm test`): 1.6–1.8 min on the
 *                                       2-core machine when nothing else runs (over 5 min beside other
 *                                       builds); Pagefind's indexer peaked near 7 GB at 5,000 as one
 *                                       index, and follows the part (2,500 records: 3.3 GB) now
 *   SCALE_SIZES=1000 npm run test:scale only 1,000 (14 s, indexer 1.4 GB)
 *
 * Each size reports its timings and peak memory as test diagnostics.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { treeRss } from '../../scripts/bench/runBuild.ts';
import { projectRoot } from '../../scripts/bench/siteRoot.ts';
import { synthesizeCorpus } from '../../scripts/bench/synthesizeCorpus.ts';
import { writeSearchIndex } from '../../scripts/build-search-index.ts';
import { toPagefindRecord } from '../../src/lib/searchRecord.ts';
import { indexPartPaths } from '../../src/lib/searchIndexParts.ts';
import { simplifyQuery } from '../../src/lib/simplifyQuery.ts';
import { exactAnswer, RecordingEngine } from '../support/exactAnswer.ts';
import { openPagefind } from '../support/nodePagefind.ts';
import { expectedIds, exactnessQueries, readSearchCorpus, truthWords, type CorpusRecord, type ExactnessQuery } from '../support/searchCorpus.ts';

/** Sizes from SCALE_SIZES (default 1,000 and 5,000). */
function scaleSizes(): number[] {
	return (process.env.SCALE_SIZES ?? '1000,5000')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => {
			const n = Number(s.replace(/_/g, ''));
			if (!Number.isInteger(n) || n < 8) throw new Error(`SCALE_SIZES: "${s}" is not a whole number ≥ 8`);
			return n;
		});
}

const MB = 2 ** 20;

interface Built {
	root: string;
	records: CorpusRecord[];
	engine: RecordingEngine;
	titles: Map<string, string>;
}

/** What went wrong with one query, or undefined when its answer is exact. */
async function check(built: Built, query: ExactnessQuery, typed: string, converted: string | undefined, truth: string): Promise<string | undefined> {
	const { answer: a, ids: got, shown } = await exactAnswer(built.engine, typed, converted);
	const expected = expectedIds(truth, built.records);
	const label = `${query.kind} “${typed}”${converted ? ` → “${converted}”` : ''}`;
	if (a.total !== got.length) return `${label}: total ${a.total} but ${got.length} results load`;
	const gotSet = new Set(got);
	const expectedSet = new Set(expected);
	const missing = expected.filter((id) => !gotSet.has(id));
	const extra = got.filter((id) => !expectedSet.has(id));
	if (missing.length || extra.length)
		return `${label}: ${got.length} results, ${expected.length} expected; missing ${missing.length} (${missing.slice(0, 3).join(', ')}), extra ${extra.length} (${extra.slice(0, 3).join(', ')})`;
	// The first page (as the search page shows it) says where each record has the words.
	for (const r of shown) {
		if (r.title !== built.titles.get(r.id)) return `${label}: ${r.id} shows the title “${r.title}”`;
		if (r.hits.length === 0 && r.fieldsMatched.length === 0) return `${label}: ${r.id} shows neither a paragraph nor a field with the words`;
	}
	// Nothing found: the words that occur nowhere are named.
	if (expected.length === 0) {
		const absent = truthWords(truth).filter((w) => expectedIds(w, built.records).length === 0);
		if (JSON.stringify(a.absent) !== JSON.stringify(absent)) return `${label}: absent ${JSON.stringify(a.absent)}, expected ${JSON.stringify(absent)}`;
	}
	return undefined;
}

for (const n of scaleSizes()) {
	describe(`search exactness at ${n.toLocaleString('en-US')} synthetic records`, () => {
		let built: Built | undefined;
		let root = '';
		const timings: string[] = [];

		before(async () => {
			root = mkdtempSync(join(tmpdir(), `search-exactness-${n}-`));
			const started = performance.now();
			let lap = started;
			const time = (what: string) => {
				const now = performance.now();
				timings.push(`${what} ${((now - lap) / 1000).toFixed(1)} s`);
				lap = now;
			};
			synthesizeCorpus(join(projectRoot, 'content'), join(root, 'content'), n, 1);
			const records = readSearchCorpus(join(root, 'content'));
			time('synthesise and read');

			// Indexing with the build's own function (scripts/build-search-index.ts), in its parts, with the process tree's memory sampled.
			let peakTree = 0;
			let servicePeak = 0;
			let parts: string[] = [];
			const sampler = setInterval(() => {
				const tree = treeRss(process.pid);
				peakTree = Math.max(peakTree, tree);
				servicePeak = Math.max(servicePeak, tree - process.memoryUsage().rss);
			}, 100);
			try {
				parts = await writeSearchIndex(records.length, (i) => toPagefindRecord(records[i]!.input), root, indexPartPaths(records.length));
				time(`index in ${parts.length} part${parts.length > 1 ? 's' : ''}`);
			} finally {
				clearInterval(sampler);
			}
			const pagefind = await openPagefind(parts[0]!, parts.slice(1));
			await pagefind.filters(); // as the browser client does, so that searches report filter counts
			built = { root, records, engine: new RecordingEngine(pagefind), titles: new Map(records.map((r) => [r.id, r.input.fields.title!])) };
			timings.push(
				`memory: Pagefind indexer peak ${(servicePeak / MB).toFixed(0)} MB (sampled, the largest part), process tree peak ${(peakTree / MB).toFixed(0)} MB (sampled), test process peak so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
			);
			timings.push(`set-up ${((performance.now() - started) / 1000).toFixed(1)} s`);
		});

		after(() => {
			if (root) rmSync(root, { recursive: true, force: true });
		});

		test('indexes every record', (t) => {
			assert.equal(built!.records.length, n);
			for (const line of timings) t.diagnostic(line);
		});

		for (const kind of ['policy term', 'two words', 'absent', 'edge'] as const) {
			const queries = exactnessQueries.filter((q) => q.kind === kind);
			test(`${kind} (${queries.length} queries): exactly the records containing every word`, async (t) => {
				const started = performance.now();
				const wrong: string[] = [];
				for (const query of queries) {
					// The term list's claims hold in the synthetic corpus too: policy terms occur, absent terms do not.
					const occurs = expectedIds(query.truth, built!.records).length > 0;
					if (kind === 'policy term' && !occurs) wrong.push(`policy term “${query.q}” occurs in no record`);
					if (kind === 'absent' && occurs) wrong.push(`absent term “${query.q}” occurs`);
					const problem = await check(built!, query, query.q, undefined, query.truth);
					if (problem) wrong.push(problem);
				}
				t.diagnostic(`${((performance.now() - started) / 1000).toFixed(1)} s`);
				assert.deepEqual(wrong, []);
			});
		}

		const traditional = exactnessQueries.filter((q) => q.kind === 'traditional');
		test(`traditional (${traditional.length} queries): as typed, and converted to the simplified form`, async (t) => {
			const started = performance.now();
			const wrong: string[] = [];
			for (const query of traditional) {
				const asTyped = await check(built!, query, query.q, undefined, query.q);
				if (asTyped) wrong.push(asTyped);
				const simplified = simplifyQuery(query.q);
				if (simplified !== query.truth) wrong.push(`traditional “${query.q}”: OpenCC gives “${simplified}”, not “${query.truth}”`);
				const converted = await check(built!, query, query.q, simplified, query.truth);
				if (converted) wrong.push(converted);
			}
			t.diagnostic(`${((performance.now() - started) / 1000).toFixed(1)} s`);
			assert.deepEqual(wrong, []);
		});
	});
}
