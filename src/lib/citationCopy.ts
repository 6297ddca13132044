/**
 * A citation as the reader copies it: the access date (GB/T 7714 引用日期) filled in with the day of
 * copying, and the library's own addresses made absolute on the origin the page was served from, so
 * that a build without a configured public address (SITE_URL) still gives full, working links. Kept
 * apart from citation.ts so that the copy buttons' script does not carry the schemas.
 */
import { accessDatePlaceholder } from './citationPlaceholder.ts';

/** The reader's local date as GB/T 7714 writes it: YYYY-MM-DD. */
export function isoDay(date: Date): string {
	return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The library's site-relative record addresses (/cases/<id>/, with a ¶ anchor) as the text prints them. */
const sitePath = /(?<![\w/.:-])\/cases\/[a-z0-9-]+\/(?:#p-\d+)?/g;

/** The text to put on the clipboard. */
export function citationToCopy(text: string, origin: string, today: Date): string {
	return text.replaceAll(accessDatePlaceholder, `[${isoDay(today)}]`).replace(sitePath, (path) => `${origin}${path}`);
}
