/**
 * The comparison builder on /compare/: the places and groups a reader ticks (or opens by URL) become a
 * matrix of just those, built from the chosen places' fact files only. The choice lives in the URL so a
 * trainer can send it; printing gives the table with footnotes for the cells shown; the CSV holds
 * exactly the facts shown. Rendered with DOM APIs (never HTML strings from data).
 */
import { asOfLabel, type FlatFact, type MatrixGroup } from '../lib/compareMatrix.ts';
import { footnoteSource, orderChoice, printSources, readSelection, selectionMatrix, selectionRows, selectionSearch, type CompareIndex, type Selection } from '../lib/compareSelection.ts';
import { toCsv } from '../lib/factsTable.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

async function json<T>(path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return response.json() as Promise<T>;
}

/** A place's facts as its cells show them; `more`: dimensions with further facts, how many and where. */
interface PlaceFacts {
	id: string;
	facts: FlatFact[];
	more: Record<string, { count: number; href: string }>;
}

const placeFacts = new Map<string, Promise<PlaceFacts>>();
function factsOf(id: string): Promise<PlaceFacts> {
	let facts = placeFacts.get(id);
	if (!facts) placeFacts.set(id, (facts = json<PlaceFacts>(`/compare/places/${id}.json`)));
	return facts;
}

/** The table of a selection, with footnote numbers for print, and the footnotes themselves. */
function tableOf(groups: MatrixGroup[], index: CompareIndex, selection: Selection, loaded: PlaceFacts[]): { table: HTMLElement; notes: HTMLElement } {
	const more = new Map(loaded.map((p) => [p.id, p.more]));
	const places = new Map(index.places.map((p) => [p.id, p]));
	const head = el('tr', {}, el('th', { scope: 'col', className: 'compare-table__corner' }, '维度（口径）'));
	for (const id of selection.places) {
		const place = places.get(id)!;
		head.append(el('th', { scope: 'col' }, el('a', { href: `/places/${id}/`, title: place.place }, place.name), el('span', { className: 'compare-table__level' }, place.level)));
	}
	const table = el('table', { className: 'compare-table' }, el('caption', { id: 'compare-caption' }, '所选地区 × 维度'), el('thead', {}, head));
	const notes = el('ol');
	const sources = printSources(groups, index, location.origin);
	let n = 0;
	for (const group of groups) {
		const body = el('tbody');
		const label = el('th', { scope: 'colgroup', colSpan: selection.places.length + 1 }, el('span', { className: 'compare-table__group-label' }, group.group));
		body.append(el('tr', { className: 'compare-table__group' }, label));
		for (const row of group.rows) {
			const tr = el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `/compare/${row.dimensionId}/` }, row.dimension.label), el('span', { className: 'compare-table__scope' }, row.dimension.scope)));
			for (const cell of row.cells) {
				const td = el('td');
				if (cell.facts.length === 0) td.append(el('span', { className: 'not-mentioned' }, '未提及'));
				for (const fact of cell.facts) {
					n++;
					const quoteId = `q${n}`;
					const value = el('a', { className: 'cell-fact__value', href: fact.href }, fact.display);
					value.setAttribute('aria-describedby', quoteId);
					const ref = el('sup', { className: 'fn-ref' }, String(n));
					ref.setAttribute('aria-hidden', 'true');
					const quote = el('span', { className: 'cell-fact__quote', id: quoteId }, `原文：${fact.quote}`);
					quote.setAttribute('role', 'tooltip');
					td.append(el('span', { className: 'cell-fact' }, value, ref, el('span', { className: 'cell-fact__when' }, asOfLabel(fact)), quote));
					notes.append(el('li', { value: n }, `“${fact.quote}”——${footnoteSource(fact, sources)}`));
				}
				const rest = more.get(cell.jurisdictionId)?.[row.dimensionId];
				if (rest) td.append(el('a', { className: 'cell-more', href: rest.href }, `另有 ${rest.count} 条`));
				tr.append(td);
			}
			body.append(tr);
		}
		table.append(body);
	}
	const wrap = el('section', { className: 'compare-wrap', tabIndex: 0 }, table);
	wrap.setAttribute('aria-labelledby', 'compare-caption');
	// Each record's address once, under the quotes: a paragraph is that address + #p-N.
	const cited = el('ul', { className: 'print-footnotes__sources' }, ...sources.map((s) => el('li', {}, `${s.place}：《${s.title}》 ${s.url}`)));
	const about = el('p', {}, '出处（第N段即该网址后加 #p-N）：');
	return { table: wrap, notes: el('section', { className: 'print-footnotes' }, el('h2', {}, '原文引语'), notes, about, cited) };
}

/** Mounts the builder on its form; returns once the first comparison is shown. */
export async function mountCompareBuilder(form: HTMLFormElement): Promise<void> {
	const status = document.getElementById('compare-status')!;
	const result = document.getElementById('compare-result')!;
	const csv = form.querySelector<HTMLAnchorElement>('[data-csv]')!;
	const summary = form.querySelector<HTMLElement>('[data-choose-summary]')!;
	const index = await json<CompareIndex>('/compare/index.json');
	let csvUrl: string | undefined;
	let ticket = 0;
	let chosen: string[] = [];

	const boxes = (name: 'places' | 'groups') => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
	const current = (): Selection => ({
		places: (chosen = orderChoice(chosen, index.places.map((p) => p.id).filter((id) => boxes('places').some((b) => b.checked && b.value === id)))),
		groups: index.groups.map((g) => g.id).filter((id) => boxes('groups').some((b) => b.checked && b.value === id)),
	});
	const tick = (selection: Selection) => {
		for (const box of boxes('places')) box.checked = selection.places.includes(box.value);
		for (const box of boxes('groups')) box.checked = selection.groups.includes(box.value);
	};

	async function show() {
		const mine = ++ticket;
		const selection = current();
		history.replaceState(null, '', selectionSearch(selection, index));
		if (selection.places.length === 0 || selection.groups.length === 0) {
			status.textContent = selection.places.length === 0 ? '请选择至少一个地区。' : '请选择至少一个维度分组。';
			result.replaceChildren();
			csv.hidden = true;
			return;
		}
		status.textContent = '正在载入…';
		const loaded = await Promise.all(selection.places.map(factsOf));
		if (mine !== ticket) return;
		const { groups, shown, hidden } = selectionMatrix(loaded.flatMap((p) => p.facts), index, selection);
		const { table, notes } = tableOf(groups, index, selection, loaded);
		result.replaceChildren(table, notes);
		status.textContent = `${selection.places.length} 个地区，${shown} 个维度至少一地提及${hidden ? `；另有 ${hidden} 个维度所选地区均未提及，已隐藏` : ''}。`;
		summary.textContent = `（已选 ${selection.places.length} 个地区、${selection.groups.length} 个分组）`;
		if (csvUrl) URL.revokeObjectURL(csvUrl);
		csvUrl = URL.createObjectURL(new Blob([toCsv(selectionRows(groups, index, location.origin))], { type: 'text/csv;charset=utf-8' }));
		csv.href = csvUrl;
		csv.hidden = false;
		result.dataset.state = location.search;
	}

	form.addEventListener('change', () => void show());
	form.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choose]');
		if (!button) return;
		const name = button.dataset.choose as 'places' | 'groups';
		const value = button.value;
		for (const box of boxes(name)) box.checked = value === '*' ? true : value === '' ? false : box.value === value;
		void show();
	});
	form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	const opened = readSelection(location.search, index);
	chosen = opened.places;
	tick(opened);
	// A comparison opened from a link shows its table first (on a phone the choices fill screens).
	if (new URLSearchParams(location.search).has('places')) form.querySelector<HTMLDetailsElement>('[data-choose-box]')!.open = false;
	form.hidden = false;
	await show();
}
