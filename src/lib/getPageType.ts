/**
 * The page type of a site path, for checks that read the built site page by page (byte budgets, the
 * sitemap-wide accessibility sweep): each type has one budget and one line in their reports.
 */
import { facetNames } from './facets.ts';

export const pageTypes = [
	'home',
	'catalogue',
	'record',
	'brief',
	'citation',
	'place',
	'event',
	'comparison',
	'comparison-builder',
	'comparison-table',
	'search',
	'glossary',
	'term',
	'data',
	'other',
] as const;

export type PageType = (typeof pageTypes)[number];

/** `/cases/changsha-sixiang-zaizao/` → `record`. Paths are the site's own, with the trailing slash. */
export function getPageType(path: string): PageType {
	const parts = path.split('/').filter(Boolean);
	const [section, second, third] = parts;
	if (parts.length === 0) return 'home';
	switch (section) {
		case 'cases':
			if (!second || second === 'by-year' || (facetNames as readonly string[]).includes(second)) return 'catalogue';
			if (third === 'brief') return 'brief';
			if (third === 'cite') return 'citation';
			return 'record';
		case 'places':
			return 'place';
		case 'events':
			return 'event';
		case 'compare':
			// /compare/ builds a comparison with a script; a province's places side by side is a whole
			// table by design; a dimension's page is neither.
			if (!second) return 'comparison-builder';
			return second === 'province' ? 'comparison-table' : 'comparison';
		case 'search':
			return 'search';
		case 'terms':
			return second ? 'term' : 'glossary';
		case 'data':
			return 'data';
		default:
			return 'other';
	}
}
