/**
 * The search page's behaviour: results as you type; query, filters, sort and the alias choice kept in
 * the URL (so a search can be shared); 20 results at a time; counts on the filter options; results
 * rendered with DOM APIs (never HTML strings from data).
 */
import type { ExcerptPart } from '../lib/search.ts';
import { searchFilterNames } from '../lib/searchRecord.ts';
import { minimalForms } from '../lib/searchTokens.ts';
import { bindPlaceFilter } from './placeFilter.ts';
import { search, type SearchAnswer, type SearchFilters, type SearchResult, type SearchSort } from './searchClient.ts';

/**
 * Results per batch (the list's data-page-size, set by the page). The first batch shows at once, the
 * second as the reader scrolls to it (so the first 20 results cost 10 fragment downloads until then),
 * later ones on request.
 */
const defaultPageSize = 10;
const automaticBatches = 2;

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

function yearLabel(date: string): string {
	return date ? `${date.slice(0, 4)}年` : '年份未注明';
}

function resultNode(result: SearchResult, forms: string[][]): HTMLLIElement {
	const words = forms.flat();
	// Occurrences a reader counts: a longer form (大工委制) is already counted in the shorter (大工委).
	const counted = forms.flatMap(minimalForms);
	const where = el('div', { className: 'search-result__where' });
	if (result.hits.length) {
		const hitsList = el('ul', { className: 'search-result__hits' });
		for (const hit of result.hits) {
			const total = counted.reduce((n, f) => n + (hit.counts[f] ?? 0), 0);
			hitsList.append(el('li', {}, el('a', { href: result.links.get(hit.n)!, title: `第${hit.n}段，出现${total}次` }, `¶${hit.n}`), total > 1 ? `×${total}` : ''));
		}
		const counts = words
			.map((w) => `“${w}”${result.hits.reduce((n, h) => n + (h.counts[w] ?? 0), 0)}次`)
			.filter((c) => !c.endsWith('”0次'))
			.join('，');
		where.append(el('span', {}, `出现于 ${result.hits.length} 段（${counts}）：`), hitsList);
	}
	if (result.fieldsMatched.length) where.append(el('span', { className: 'search-result__fields' }, `${result.hits.length ? '另见' : '仅见于'}${result.fieldsMatched.join('、')}`));
	return el(
		'li',
		{ className: 'search-result' },
		el('h2', { className: 'search-result__title' }, el('a', { href: result.url }, result.title)),
		el('p', { className: 'search-result__meta' }, [result.place, yearLabel(result.date), result.docType].join(' · ')),
		el('p', { className: 'search-result__excerpt' }, excerptNode(result.excerpt)),
		where,
	);
}

interface FormState {
	q: string;
	filters: SearchFilters;
	sort: SearchSort;
	aliases: boolean;
}

function readForm(form: HTMLFormElement): FormState {
	const data = new FormData(form);
	const filters: SearchFilters = {};
	for (const name of searchFilterNames) {
		const value = String(data.get(name) ?? '');
		if (value) filters[name] = value;
	}
	const sort = String(data.get('sort') ?? 'relevance');
	return {
		q: String(data.get('q') ?? ''),
		filters,
		sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
		aliases: data.get('exact') !== '1',
	};
}

/** The form as URL parameters, leaving out defaults (empty filters, relevance, aliases on). */
function writeUrl(form: HTMLFormElement) {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) {
		const v = String(value).trim();
		if (v && !(key === 'sort' && v === 'relevance')) params.set(key, v);
	}
	const query = params.toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function fillForm(form: HTMLFormElement) {
	const params = new URLSearchParams(location.search);
	for (const name of ['q', 'sort', ...searchFilterNames]) {
		const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
		const value = params.get(name);
		if (field && value !== null) field.value = value;
	}
	const exact = form.elements.namedItem('exact') as HTMLInputElement | null;
	if (exact) exact.checked = params.get('exact') === '1';
}

/** Opens the options when any is set, and says in their summary how many are. */
function showOptionsState(form: HTMLFormElement, state: FormState, open: boolean) {
	const chosen = Object.keys(state.filters).length + (state.sort === 'relevance' ? 0 : 1) + (state.aliases ? 0 : 1);
	const details = form.querySelector<HTMLDetailsElement>('[data-search-options]');
	if (details && open && chosen) details.open = true;
	const summary = form.querySelector('[data-active-options]');
	if (summary) summary.textContent = chosen ? `（已选 ${chosen} 项）` : '';
}

/** Shows each filter option's count for the current query; impossible choices are disabled. */
function showCounts(form: HTMLFormElement, answer: SearchAnswer | undefined) {
	for (const name of searchFilterNames) {
		const select = form.elements.namedItem(name) as HTMLSelectElement | null;
		if (!select) continue;
		for (const option of Array.from(select.options)) {
			if (!option.value) continue;
			const label = (option.dataset.label ??= option.textContent ?? '');
			const count = answer?.counts[name]?.[option.value];
			option.textContent = count === undefined ? label : `${label}（${count}）`;
			option.disabled = count === 0 && !option.selected;
		}
	}
}

function statusText(answer: SearchAnswer, state: FormState): string {
	const filtered = Object.keys(state.filters).length > 0;
	const shown = answer.words.map((w) => `“${w}”`).join('、');
	const conversion = answer.converted ? `已将繁体“${state.q.trim()}”转为简体“${answer.converted.trim()}”检索。` : '';
	const expanded = answer.forms
		.filter((forms) => forms.length > 1)
		.map((forms) => `“${forms.join('”“')}”`)
		.join('；');
	const aliasNote = expanded ? `按术语表，同一术语的不同写法一并检索：${expanded}（可勾选“只检索所输入的写法”关闭）。` : '';
	if (answer.total === 0) {
		const absent = answer.absent.length && answer.words.length > 1 ? `其中${answer.absent.map((w) => `“${w}”`).join('、')}在全部记录中都没有出现。` : '';
		return `${conversion}没有找到完全匹配${shown}的记录${filtered ? '（在所选筛选条件下；可清除筛选再试）' : ''}。${absent}${aliasNote}`;
	}
	const all = answer.words.length > 1 ? '同时包含' : '包含';
	return `${conversion}找到 ${answer.total} 条记录${all}${shown}${filtered ? '（已筛选）' : ''}。${aliasNote}`;
}

function termLinks(answer: SearchAnswer): HTMLElement | '' {
	if (!answer.terms.length) return '';
	const links = answer.terms.flatMap((t, i) => [...(i ? ['、'] : []), el('a', { href: `/terms/${t.id}/` }, t.term)]);
	return el('p', { className: 'search-terms' }, '术语表：', ...links, '（释义、别名、在各记录中的用法）');
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
	const terms = document.getElementById('search-term-links')!;
	const list = document.getElementById('search-results')!;
	const more = document.getElementById('search-more') as HTMLButtonElement;
	const pageSize = Number(list.dataset.pageSize) || defaultPageSize;
	const options = form.querySelector<HTMLDetailsElement>('[data-search-options]');
	let latest = 0;
	let current: SearchAnswer | undefined;
	let shown = 0;

	async function showMore(ticket: number) {
		if (!current) return;
		more.disabled = true;
		const results = await current.load(shown, shown + pageSize);
		if (ticket !== latest) return;
		list.append(...results.map((r) => resultNode(r, current!.forms)));
		shown += results.length;
		more.disabled = false;
		more.hidden = shown >= current.total;
		more.textContent = `显示更多结果（还有 ${current.total - shown} 条）`;
	}

	async function run() {
		const state = readForm(form);
		showOptionsState(form, state, false);
		const ticket = ++latest;
		if (!state.q.trim()) {
			status.textContent = '';
			terms.replaceChildren();
			list.replaceChildren();
			more.hidden = true;
			list.dataset.query = '';
			current = undefined;
			showCounts(form, undefined);
			return;
		}
		status.textContent = '正在检索…';
		list.setAttribute('aria-busy', 'true');
		// Counts need Pagefind's filter index: only once the reader looks at the filters, or uses one.
		const counts = options?.open === true || Object.keys(state.filters).length > 0;
		try {
			const answer = await search(state.q, { filters: state.filters, sort: state.sort, aliases: state.aliases, counts });
			if (ticket !== latest) return; // a newer query has started
			current = answer;
			shown = 0;
			list.replaceChildren();
			await showMore(ticket);
			if (ticket !== latest) return;
			status.textContent = statusText(answer, state);
			terms.replaceChildren(termLinks(answer));
			showCounts(form, answer);
			list.dataset.counts = counts ? 'shown' : '';
		} catch {
			// A failed index download must not leave 正在检索… standing: say so, keep the old list out.
			if (ticket !== latest) return;
			status.textContent = '检索未能完成：索引文件下载失败，请检查网络后重试。';
			list.replaceChildren();
			more.hidden = true;
		}
		// Which query the list shows (for scripts and tests that must not read a stale list).
		list.dataset.query = state.q;
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
	form.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
		for (const name of searchFilterNames) {
			const select = form.elements.namedItem(name) as HTMLSelectElement | null;
			if (select) select.value = '';
		}
		// No province: the place filter empties (its own listener; the form's runs below).
		(form.elements.namedItem('province') as HTMLSelectElement | null)?.dispatchEvent(new Event('change'));
		schedule();
	});
	more.addEventListener('click', () => showMore(latest));
	// The second batch comes by itself when the reader reaches the end of the first.
	new IntersectionObserver((entries) => {
		if (entries.some((e) => e.isIntersecting) && !more.hidden && !more.disabled && shown < pageSize * automaticBatches) void showMore(latest);
	}, { rootMargin: '400px' }).observe(more);
	options?.addEventListener('toggle', () => {
		if (options.open && current && Object.keys(current.counts).length === 0) void run();
	});
	// Opened with a query: the URL fills the form. Otherwise the reader's first keystrokes (typed while
	// this module loaded) are already in the form and go to the URL.
	const opened = new URLSearchParams(location.search);
	if (opened.has('q')) fillForm(form);
	else writeUrl(form);
	const placesIn = bindPlaceFilter(form, opened.has('q') ? (opened.get('jurisdiction') ?? '') : '', () => showCounts(form, current));
	showOptionsState(form, readForm(form), true);
	return Promise.all([run(), placesIn]);
}
