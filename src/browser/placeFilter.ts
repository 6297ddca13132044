/**
 * The search page's 地区 filter: the places of the chosen province, fetched when it is chosen
 * (src/lib/placeFilter.ts), so that the page never lists every place of the library. Without a province
 * the filter is off, unless a shared link names a place: that place stays chosen (shown by its id until
 * its province's list, if any, names it).
 */
import { placeOptionsPath, type PlaceOption } from '../lib/placeFilter.ts';

async function fetchPlaces(provinceId: string): Promise<PlaceOption[]> {
	const response = await fetch(placeOptionsPath(provinceId));
	if (!response.ok) throw new Error(`${placeOptionsPath(provinceId)}: HTTP ${response.status}`);
	return response.json() as Promise<PlaceOption[]>;
}

/**
 * Binds the 地区 select to the 省份 select. `chosen` is the place a link asks for; `onLoaded` runs once
 * a province's places are in (to count them). Resolves when the first list is in.
 */
export function bindPlaceFilter(form: HTMLFormElement, chosen: string, onLoaded: () => void): Promise<void> {
	const province = form.elements.namedItem('province') as HTMLSelectElement | null;
	const place = form.querySelector<HTMLSelectElement>('[data-place-filter]');
	if (!province || !place) return Promise.resolve();
	const lists = new Map<string, Promise<PlaceOption[]>>();
	let latest = 0;

	async function show(keep: string) {
		const ticket = ++latest;
		const provinceId = province!.value;
		// At once, so that the form never sends a place of the province just left.
		place!.replaceChildren(new Option(provinceId ? '全部' : '请先选省', ''), ...(keep ? [new Option(keep, keep, true, true)] : []));
		place!.disabled = !provinceId && !keep;
		if (!provinceId) return;
		let places: PlaceOption[];
		try {
			if (!lists.has(provinceId)) lists.set(provinceId, fetchPlaces(provinceId));
			places = await lists.get(provinceId)!;
		} catch {
			lists.delete(provinceId);
			if (ticket === latest) place!.options[0]!.textContent = '全部（地区列表未能下载）';
			return;
		}
		if (ticket !== latest) return;
		const named = places.some((p) => p.id === keep);
		place!.replaceChildren(new Option('全部', ''), ...places.map((p) => new Option(p.label, p.id, false, p.id === keep)), ...(keep && !named ? [new Option(keep, keep, true, true)] : []));
		onLoaded();
	}

	province.addEventListener('change', () => void show(''));
	return show(chosen);
}
