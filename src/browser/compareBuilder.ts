/**
 * The comparison builder on /compare/: the places and groups a reader ticks (or opens by URL) become a
 * matrix of just those, built from the chosen places' files only. The picker lists provinces; a
 * province's places load when a reader opens it. The choice lives in the URL so a trainer can send it;
 * printing gives the table with footnotes for the cells shown; the CSV holds exactly the facts shown.
 * Rendered with DOM APIs (never HTML strings from data).
 */
import { asOfLabel, type MatrixGroup } from '../lib/compareMatrix.ts';
import {
	choosePlaces,
	footnoteSource,
	printSources,
	readSelection,
	selectionMatrix,
	selectionRows,
	selectionSearch,
	showsEveryPlace,
	type CompareIndex,
	type PlaceFacts,
	type ProvincePlaces,
	type Selection,
} from '../lib/compareSelection.ts';
import { toCsv } from '../lib/factsTable.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

/** A file of the builder's; undefined when there is none (a place id the library does not know). */
async function json<T>(path: string): Promise<T | undefined> {
	const response = await fetch(path);
	if (response.status === 404) return undefined;
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return response.json() as Promise<T>;
}

/** Each file once, however often it is asked for. */
function cached<T>(folder: string): (id: string) => Promise<T | undefined> {
	const files = new Map<string, Promise<T | undefined>>();
	return (id) => {
		let file = files.get(id);
		if (!file) files.set(id, (file = json<T>(`/compare/${folder}/${encodeURIComponent(id)}.json`)));
		return file;
	};
}

const placeFile = cached<PlaceFacts>('places');
const provinceFile = cached<ProvincePlaces>('provinces');

/** A province's places in the picker, each with 只选 (the province's own 全选 and 全不选 are in the page). */
function placeChoices(province: ProvincePlaces): Node[] {
	return province.places.map((p) => {
		const only = el('button', { type: 'button', className: 'compare-builder__only', value: p.id }, '只选');
		only.dataset.choose = 'places';
		only.setAttribute('aria-label', `只选${p.name}`);
		const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'places', value: p.id });
		const label = el('label', {}, box, ` ${p.name}`, el('span', { className: 'compare-builder__level' }, p.level));
		return el('span', { className: 'compare-builder__choice' }, label, only);
	});
}

/** The table of a selection, with footnote numbers for print, and the footnotes themselves. */
function tableOf(groups: MatrixGroup[], loaded: PlaceFacts[]): { table: HTMLElement; notes: HTMLElement } {
	const more = new Map(loaded.map((p) => [p.id, p.more]));
	const head = el('tr', {}, el('th', { scope: 'col', className: 'compare-table__corner' }, '维度（口径）'));
	for (const place of loaded) {
		const id = place.id;
		head.append(el('th', { scope: 'col' }, el('a', { href: `/places/${id}/`, title: place.place }, place.name), el('span', { className: 'compare-table__level' }, place.level)));
	}
	const table = el('table', { className: 'compare-table' }, el('caption', { id: 'compare-caption' }, '所选地区 × 维度'), el('thead', {}, head));
	const notes = el('ol');
	const sources = printSources(groups, loaded, location.origin);
	let n = 0;
	for (const group of groups) {
		const body = el('tbody');
		const label = el('th', { scope: 'colgroup', colSpan: loaded.length + 1 }, el('span', { className: 'compare-table__group-label' }, group.group));
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
	const index = (await json<CompareIndex>('/compare/index.json'))!;
	const provinceBoxes = [...form.querySelectorAll<HTMLDetailsElement>('details[data-province]')];
	let csvUrl: string | undefined;
	let ticket = 0;
	// The chosen places in column order: the picker shows only the opened provinces' places, so the
	// choice is kept here and the checkboxes follow it.
	let chosen: string[] = [];

	const boxes = (name: 'places' | 'groups') => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
	const current = (): Selection => ({
		places: chosen,
		groups: index.groups.map((g) => g.id).filter((id) => boxes('groups').some((b) => b.checked && b.value === id)),
	});
	const tickPlaces = () => {
		for (const box of boxes('places')) box.checked = chosen.includes(box.value);
	};

	/** Shows a province's places in the picker, from its file (once). */
	async function openProvince(details: HTMLDetailsElement): Promise<ProvincePlaces | undefined> {
		const province = await provinceFile(details.dataset.province!);
		const list = details.querySelector<HTMLElement>('[data-province-places]')!;
		if (province && !list.dataset.loaded) {
			list.replaceChildren(...placeChoices(province));
			list.dataset.loaded = '';
			tickPlaces();
		}
		return province;
	}

	async function show() {
		const mine = ++ticket;
		const selection = current();
		history.replaceState(null, '', selectionSearch(selection, index));
		summary.textContent = `（已选 ${selection.places.length} 个地区、${selection.groups.length} 个分组）`;
		if (selection.places.length === 0 || selection.groups.length === 0) {
			status.textContent = selection.places.length === 0 ? '请选择至少一个地区。' : '请选择至少一个维度分组。';
			result.replaceChildren();
			csv.hidden = true;
			return;
		}
		status.textContent = '正在载入…';
		const files = await Promise.all(selection.places.map(placeFile));
		if (mine !== ticket) return;
		const loaded = files.filter((p) => p !== undefined);
		// A place id the library does not know (a mistyped link) has no file: drop it, as if never chosen.
		if (loaded.length < files.length) {
			chosen = chosen.filter((id) => loaded.some((p) => p.id === id));
			return show();
		}
		const { groups, shown, hidden } = selectionMatrix(loaded.flatMap((p) => p.facts), index, selection);
		const { table, notes } = tableOf(groups, loaded);
		result.replaceChildren(table, notes);
		status.textContent = `${selection.places.length} 个地区，${shown} 个维度至少一地提及${hidden ? `；另有 ${hidden} 个维度所选地区均未提及，已隐藏` : ''}。`;
		if (csvUrl) URL.revokeObjectURL(csvUrl);
		csvUrl = URL.createObjectURL(new Blob([toCsv(selectionRows(groups, index, loaded, location.origin))], { type: 'text/csv;charset=utf-8' }));
		csv.href = csvUrl;
		csv.hidden = false;
		result.dataset.state = location.search;
	}

	form.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		if (box.name === 'places') chosen = choosePlaces(chosen, [box.value], box.checked);
		void show();
	});
	form.addEventListener('click', (event) => {
		const target = event.target as Element;
		const bulk = target.closest<HTMLButtonElement>('button[data-choose-province]');
		if (bulk) {
			void provinceFile(bulk.dataset.chooseProvince!).then((province) => {
				chosen = choosePlaces(chosen, province!.places.map((p) => p.id), bulk.value === '*');
				tickPlaces();
				void show();
			});
			return;
		}
		const button = target.closest<HTMLButtonElement>('button[data-choose]');
		if (!button) return;
		const value = button.value;
		if (button.dataset.choose === 'places') chosen = value ? [value] : [];
		else for (const box of boxes('groups')) box.checked = value === '*' ? true : value === '' ? false : box.value === value;
		tickPlaces();
		void show();
	});
	for (const details of provinceBoxes)
		details.addEventListener('toggle', () => {
			if (details.open) void openProvince(details);
		});
	form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	const opened = readSelection(location.search, index);
	for (const box of boxes('groups')) box.checked = opened.groups.includes(box.value);
	if (opened.places) {
		chosen = opened.places;
		// A comparison opened from a link shows its table first (on a phone the choices fill screens).
		form.querySelector<HTMLDetailsElement>('[data-choose-box]')!.open = false;
	} else if (showsEveryPlace(index)) {
		// A library of a few places opens with all of them, every province open in the picker.
		for (const details of provinceBoxes) details.open = true;
		const provinces = await Promise.all(provinceBoxes.map(openProvince));
		chosen = provinces.flatMap((p) => p?.places.map((place) => place.id) ?? []);
	}
	tickPlaces();
	form.hidden = false;
	await show();
}
