/**
 * Pagefind's own browser module (pagefind.js + its WebAssembly), run in Node over an index on disk:
 * the exactness tests and the benchmark query an index without a browser. `fetch` is answered from
 * the index folder for this module's base URL only; everything else goes to the real fetch.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexLanguage } from '../../src/lib/searchTokens.ts';

export interface PagefindResult {
	id: string;
	score: number;
	words: number[];
	data: () => Promise<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
	search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
	destroy(): Promise<void>;
}

const origin = 'http://pagefind.invalid/';
let installed = false;
/** URL prefix → folder, for the bundles opened (the primary and those merged into it). */
const folders = new Map<string, string>();
/** Bytes served per file since the last reset (as stored, i.e. compressed index files). */
export const served = { bytes: 0, files: [] as string[] };

/**
 * Loads pagefind.js from `dir` (a written Pagefind bundle) and returns an instance searching it, with
 * the bundles in `merged` (an index written in parts: scripts/build-search-index.ts) merged in, as the
 * browser client merges them.
 */
export async function openPagefind(dir: string, merged: string[] = []): Promise<PagefindApi> {
	const bases = [dir, ...merged].map((folder, i) => {
		const base = `${origin}${i === 0 ? 'pagefind' : `pagefind-${i + 1}`}/`;
		folders.set(base, folder);
		return base;
	});
	if (!installed) {
		const realFetch = globalThis.fetch;
		globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
			const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
			const base = [...folders.keys()].find((b) => url.startsWith(b));
			if (!base) return realFetch(input, init);
			const path = decodeURIComponent(url.slice(base.length).split('?')[0]!);
			try {
				const body = await readFile(join(folders.get(base)!, path));
				served.bytes += body.length;
				served.files.push(path);
				return new Response(body, { status: 200, headers: { 'content-type': path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } });
			} catch {
				return new Response('not found', { status: 404 });
			}
		}) as typeof fetch;
		installed = true;
	}
	const module = (await import(`${pathToFileURL(join(dir, 'pagefind.js')).href}?v=${Date.now()}`)) as {
		createInstance: (options: Record<string, unknown>) => PagefindApi & { init: () => Promise<void>; mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void> };
	};
	const instance = module.createInstance({ basePath: bases[0], noWorker: true });
	await instance.init();
	for (const base of bases.slice(1)) await instance.mergeIndex(base, { language: indexLanguage });
	return instance;
}
