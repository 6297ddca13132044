/**
 * Every record id of an answer, cheaply: the exactness test at scale and the benchmark's recall and
 * precision check thousands of results per query, which the browser never loads at once. The query
 * logic is the browser's own (`answer` of src/lib/searchEngine.ts) over Pagefind's browser module in
 * Node (tests/support/nodePagefind.ts); only the loading of results is shortened.
 */
import { answer, type Pagefind, type SearchAnswer, type SearchResult } from '../../src/lib/searchEngine.ts';
import { simplifyQuery } from '../../src/lib/simplifyQuery.ts';
import type { PagefindApi } from './nodePagefind.ts';

type FragmentData = { url: string; content: string; meta: Record<string, string> };

/**
 * The engine as `answer` sees it, over a Pagefind instance. Each record's fragment is loaded once
 * (its URL gives the record id); with `full` off, results carry only the URL, so the ids of thousands
 * of results come without decoding thousands of texts per query. With `full` on, results carry the
 * whole fragment, as in the browser.
 */
export class RecordingEngine implements Pagefind {
	full = true;
	private data = new Map<string, Promise<FragmentData>>();
	private pagefind: PagefindApi;

	constructor(pagefind: PagefindApi) {
		this.pagefind = pagefind;
	}

	async init(): Promise<void> {}

	filters() {
		return this.pagefind.filters();
	}

	async search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, string> }) {
		const response = await this.pagefind.search(term, options);
		return {
			filters: response.filters,
			results: response.results.map((result) => ({
				id: result.id,
				score: result.score,
				data: async (): Promise<FragmentData> => {
					const full = this.full; // as the caller set it (read before the first await)
					let data = this.data.get(result.id);
					if (!data) {
						data = result.data();
						this.data.set(result.id, data);
					}
					const { url, content, meta } = await data;
					return full ? { url, content, meta } : { url, content: '', meta: {} };
				},
			})),
		};
	}
}

export interface ExactAnswer {
	answer: SearchAnswer;
	/** Ids of every result, sorted. */
	ids: string[];
	/** The first page of results as the search page shows it (fully loaded). */
	shown: SearchResult[];
}

/** Results the search page shows first (src/browser/searchPage.ts). */
export const firstPage = 20;

/** Answers a query (aliases off, or as `converted`) and loads the first page fully and every id. */
export async function exactAnswer(engine: RecordingEngine, query: string, converted?: string): Promise<ExactAnswer> {
	const a = await answer(engine, [], query, { aliases: false }, converted);
	engine.full = true;
	const shown = await a.load(0, firstPage);
	engine.full = false;
	try {
		const ids = (await a.load(0, a.total)).map((r) => r.id).sort();
		return { answer: a, ids, shown };
	} finally {
		engine.full = true;
	}
}

/**
 * As the browser client answers (src/browser/searchClient.ts): as typed, then, when some word occurs
 * nowhere and OpenCC changes the query, its simplified form.
 */
export async function clientAnswer(engine: RecordingEngine, query: string): Promise<ExactAnswer> {
	const first = await exactAnswer(engine, query);
	if (first.answer.absent.length === 0) return first;
	const simplified = simplifyQuery(query);
	return simplified === query ? first : exactAnswer(engine, query, simplified);
}
