/**
 * Items cut into pages, in order, by count and by weight (facts, bytes): a page closes before the item
 * that would take it over either limit. An item heavier than a page gets a page of its own.
 */
export function packPages<T>(items: T[], weight: (item: T) => number, limits: { maxItems: number; maxWeight: number }): T[][] {
	const pages: T[][] = [];
	let page: T[] = [];
	let total = 0;
	for (const item of items) {
		const w = weight(item);
		if (page.length && (page.length >= limits.maxItems || total + w > limits.maxWeight)) {
			pages.push(page);
			page = [];
			total = 0;
		}
		page.push(item);
		total += w;
	}
	if (page.length) pages.push(page);
	return pages;
}
