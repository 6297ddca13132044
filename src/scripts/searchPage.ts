/**
 * The search page's behaviour: results as you type, query and filters kept in the URL (so a search
 * can be shared), results rendered with DOM APIs (never HTML strings from data).
 */
import type { ExcerptPart, SearchFilters } from '../lib/search.ts';
import { search, type SearchAnswer, type SearchResult } from './searchClient.ts';

const filterNames = ['province', 'jurisdiction', 'docType', 'year', 'theme'] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

function excerptNode(parts: ExcerptPart[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const part of parts) fragment.append(part.mark ? el('mark', {}, part.text) : part.text);
	return fragment;
}

function resultNode(result: SearchResult, forms: string[][]): HTMLLIElement {
	const words = forms.flat();
	const { meta } = result;
	const hitsList = el('ul', { className: 'search-result__hits' });
	for (const hit of result.hits) {
		// A plain ¶ anchor: the record page highlights its :target paragraph in every browser. (A text
		// fragment would highlight the word in Chromium but then no element is :target.)
		const total = Object.values(hit.counts).reduce((a, b) => a + b, 0);
		hitsList.append(
			el('li', {}, el('a', { href: `${meta.url}#p-${hit.n}`, title: `第${hit.n}段，出现${total}次` }, `¶${hit.n}`), total > 1 ? `×${total}` : ''),
		);
	}
	const counts = words
		.map((w) => `“${w}”${result.hits.reduce((n, h) => n + (h.counts[w] ?? 0), 0)}次`)
		.filter((c) => !c.endsWith('”0次'))
		.join('，');
	return el(
		'li',
		{ className: 'search-result' },
		el('h2', { className: 'search-result__title' }, el('a', { href: meta.url }, meta.title)),
		el('p', { className: 'search-result__meta' }, [meta.jurisdiction.name, meta.year ? `${meta.year}年` : '年份未注明', meta.docType.label].join(' · ')),
		el('p', { className: 'search-result__excerpt' }, excerptNode(result.excerpt)),
		el('div', { className: 'search-result__where' }, el('span', {}, `出现于 ${result.hits.length} 段（${counts}）：`), hitsList),
	);
}

function readForm(form: HTMLFormElement): { q: string; filters: SearchFilters } {
	const data = new FormData(form);
	const filters: SearchFilters = {};
	for (const name of filterNames) {
		const value = String(data.get(name) ?? '');
		if (value) filters[name] = [value];
	}
	return { q: String(data.get('q') ?? ''), filters };
}

function writeUrl(form: HTMLFormElement) {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) if (String(value).trim()) params.set(key, String(value));
	const query = params.toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function fillForm(form: HTMLFormElement) {
	const params = new URLSearchParams(location.search);
	for (const name of ['q', ...filterNames]) {
		const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
		const value = params.get(name);
		if (field && value !== null) field.value = value;
	}
}

function statusText(answer: SearchAnswer, q: string, filtered: boolean): string {
	const shown = answer.words.map((w) => `“${w}”`).join('、');
	const conversion = answer.converted ? `已将繁体“${q.trim()}”转为简体“${answer.converted.trim()}”检索。` : '';
	const expanded = answer.forms
		.filter((forms) => forms.length > 1)
		.map((forms) => `“${forms.join('”“')}”`)
		.join('；');
	const aliasNote = expanded ? `按术语表，同一术语的不同写法一并检索：${expanded}。` : '';
	if (answer.results.length === 0)
		return `${conversion}没有找到完全匹配${shown}的记录${filtered ? '（在所选筛选条件下；可清除筛选再试）' : ''}。${aliasNote}`;
	const all = answer.words.length > 1 ? '同时包含' : '包含';
	return `${conversion}找到 ${answer.results.length} 条记录${all}${shown}${filtered ? '（已筛选）' : ''}。${aliasNote}`;
}

declare global {
	interface Window {
		/** The search engine as a JavaScript API, for researchers' scripts and for the tests. */
		librarySearch?: { search: typeof search };
	}
}

export function mountSearch(form: HTMLFormElement) {
	window.librarySearch = { search };
	const status = document.getElementById('search-status')!;
	const list = document.getElementById('search-results')!;
	let latest = 0;

	async function run() {
		const { q, filters } = readForm(form);
		const ticket = ++latest;
		if (!q.trim()) {
			status.textContent = '';
			list.replaceChildren();
			list.dataset.query = '';
			return;
		}
		status.textContent = '正在检索…';
		list.setAttribute('aria-busy', 'true');
		let answer: SearchAnswer;
		try {
			answer = await search(q, filters);
		} catch {
			// A failed index or text download must not leave 正在检索… standing: say so, keep the old list out.
			if (ticket !== latest) return;
			status.textContent = '检索未能完成：索引文件下载失败，请检查网络后重试。';
			list.replaceChildren();
			list.removeAttribute('aria-busy');
			return;
		}
		if (ticket !== latest) return; // a newer query has started
		status.textContent = statusText(answer, q, Object.keys(filters).length > 0);
		list.replaceChildren(...answer.results.map((r) => resultNode(r, answer.forms)));
		// Which query the list shows (for scripts and tests that must not read a stale list).
		list.dataset.query = q;
		list.dataset.state = location.search;
		list.removeAttribute('aria-busy');
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		writeUrl(form);
		clearTimeout(timer);
		timer = setTimeout(run, 120);
	};
	form.addEventListener('input', schedule);
	form.addEventListener('change', schedule);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		writeUrl(form);
		run();
	});
	// Opened with a query: the URL fills the form. Otherwise the reader's first keystrokes (typed while
	// this module loaded) are already in the form and go to the URL.
	if (new URLSearchParams(location.search).has('q')) fillForm(form);
	else writeUrl(form);
	return run();
}
