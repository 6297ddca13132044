/** Groups items by a key, keeping first-seen order of keys and the items' order within each group. */
export function groupBy<T, K>(items: T[], key: (item: T) => K): { key: K; items: T[] }[] {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return [...groups].map(([k, list]) => ({ key: k, items: list }));
}

/** Sorts by year; records without a year go last in either direction. */
export function sortByYear<T extends { year: number | undefined }>(items: T[], order: 'asc' | 'desc'): T[] {
	const sign = order === 'asc' ? 1 : -1;
	return [...items].sort((a, b) => {
		if (a.year === undefined || b.year === undefined) return (a.year === undefined ? 1 : 0) - (b.year === undefined ? 1 : 0);
		return sign * (a.year - b.year);
	});
}

/** The catalogue's order: by province name (Chinese collation), then by year, earliest first, undated last. */
export function sortByProvince<T extends { year: number | undefined; province: { name: string } }>(items: T[]): T[] {
	return sortByYear(items, 'asc').sort((a, b) => a.province.name.localeCompare(b.province.name, 'zh-CN'));
}

/** How many items each key has (a group's total, when a page shows only part of it). */
export function countBy<T, K>(items: T[], key: (item: T) => K): Map<K, number> {
	const counts = new Map<K, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}
