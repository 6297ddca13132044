/**
 * Recall and precision of the search over a built site: every query of the exactness list
 * (tests/support/searchCorpus.ts) answered as the browser client answers it (aliases off; a
 * traditional query converted when it finds nothing as typed), over the site's own Pagefind files
 * (dist/pagefind, the files the browser downloads) with Pagefind's browser module in Node, and every
 * result id compared with the ground truth (substring search over the folded texts). Node, not
 * Chromium, because a broad query at 5,000 records has thousands of results, which the browser never
 * loads at once; the browser's answers are checked against the same truth by measureQuery.ts (the
 * total and the first page).
 */
import { clientAnswer, RecordingEngine } from '../../tests/support/exactAnswer.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPagefind } from '../../tests/support/nodePagefind.ts';
import { expectedIds, exactnessQueries, type CorpusRecord } from '../../tests/support/searchCorpus.ts';

export interface QueryQuality {
	query: string;
	kind: string;
	/** Records that contain every word (ground truth). */
	expected: number;
	/** Records the search returned. */
	returned: number;
	/** Returned records that are expected. */
	correct: number;
	/** Node time for the answer and every result id, ms (not a reader's figure: see measureQuery.ts). */
	ms: number;
}

export const recall = (q: QueryQuality) => (q.expected === 0 ? 1 : q.correct / q.expected);
export const precision = (q: QueryQuality) => (q.returned === 0 ? 1 : q.correct / q.returned);

/** Answers every query over the site's search index in `outDir` (every part merged) and compares with the ground truth. */
export async function measureQuality(outDir: string, records: readonly CorpusRecord[]): Promise<QueryQuality[]> {
	// The parts the search page merges (one build's, or every partition's in a merged site).
	const listed = readFileSync(join(outDir, 'search', 'index.html'), 'utf8').match(/data-index-parts="([^"]*)"/)?.[1]?.split(' ').filter(Boolean) ?? [];
	const [primary, ...merged] = listed.map((path) => join(outDir, path));
	if (!primary) throw new Error(`${outDir}/search/index.html lists no index parts`);
	const pagefind = await openPagefind(primary!, merged);
	await pagefind.filters(); // as the browser client does, so that searches report filter counts
	const engine = new RecordingEngine(pagefind);
	const out: QueryQuality[] = [];
	try {
		for (const { q, kind, truth } of exactnessQueries) {
			const started = performance.now();
			const { ids } = await clientAnswer(engine, q);
			const ms = performance.now() - started;
			const expected = new Set(expectedIds(truth, records));
			out.push({ query: q, kind, expected: expected.size, returned: ids.length, correct: ids.filter((id) => expected.has(id)).length, ms });
		}
	} finally {
		await pagefind.destroy();
	}
	return out;
}
