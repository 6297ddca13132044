/** Reading built pages in build tests: an element's text by its id, as a reader sees it. */
import assert from 'node:assert/strict';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an element's HTML: tags dropped, entities decoded. */
export function textOf(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
			hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (entities[name!.toLowerCase()] ?? whole),
		);
}

/**
 * The text of the one element with `id` on a built page. Body blocks are <p> and <h1>–<h6>, which never
 * nest in themselves, so the element ends at the first closing tag of its own name.
 */
export function elementText(html: string, id: string): string {
	const opens = [...html.matchAll(new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\bid="${id}"[^>]*>`, 'g'))];
	assert.equal(opens.length, 1, `exactly one element with id="${id}"`);
	const open = opens[0]!;
	const start = open.index + open[0].length;
	const end = html.indexOf(`</${open[1]}>`, start);
	assert.ok(end > start, `<${open[1]} id="${id}"> is closed`);
	return textOf(html.slice(start, end));
}
