/**
 * What a record page says about itself to machines: the Highwire/Google Scholar `citation_*` meta
 * tags that Zotero's Embedded Metadata translator and Google Scholar read, and a schema.org JSON-LD
 * block. Both are made from the record's neutral citation (`citationData`), the object the GB/T 7714
 * text and the RIS, BibTeX and CSL-JSON downloads come from, so a reference manager saves the same
 * item whichever it reads. Nothing is added that the citation does not know.
 *
 * How Zotero reads the tags (Embedded Metadata.js, zotero/translators): a `citation_*` tag that names
 * a kind of container decides the item type (citation_journal_title → journal article,
 * citation_conference_title → conference paper …); without one, `DC.type` holding a Zotero item type
 * decides it, and else a page with `citation_title` becomes a journal article. Its container title
 * comes from `prism.publicationName`, else, for a web page, from og:site_name (this library's name,
 * which is not where the text appeared). So each item gets `DC.type` with the Zotero type its CSL type
 * imports as (webpage, document, conferencePaper), and `prism.publicationName` with its container.
 */
import { fullTitle, isoDate, type CitationData, type CslType } from './citation.ts';

/** One `<meta name content>` tag. */
export type MetaTag = readonly [name: string, content: string];

/** The page the tags describe. */
export interface PageFacts {
	/** The record page's address (absolute when the site's address is known). */
	url: string;
	/** The date a repost of the text went online ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), when the record has one. */
	onlineDate?: string | undefined;
	/** One line on the rights in the text and in the library's edition (Zotero's Rights field). */
	rights: string;
}

/** The Zotero item type each CSL type imports as (Zotero's CSL-JSON import), so every form saves the same item. */
export const zoteroTypes: Record<CslType, string> = { webpage: 'webpage', document: 'document', 'paper-conference': 'conferencePaper' };

/**
 * A date as Google Scholar asks for it ("2010/5/12", or the year alone), at the precision known:
 * 2018/10/22, 2018/10 or 2018. A day or month is never filled in.
 */
export function scholarDate(parts: number[]): string {
	return isoDate(parts).replaceAll('-', '/');
}

/**
 * The record's Highwire Press tags (as Google Scholar documents them), plus the two Dublin Core/PRISM
 * tags that tell Zotero the item type and its container (see above). In page order; a tag whose value
 * the citation does not know is left out.
 */
export function citationMetaTags(c: CitationData, page: PageFacts): MetaTag[] {
	const tags: [string, string | undefined][] = [
		['citation_title', fullTitle(c)],
		// One tag per author; an organisation is one author, written as the source writes it (Zotero
		// splits a value only at semicolons, or at a comma between two names with spaces).
		['citation_author', c.author],
		['citation_publication_date', c.issued && scholarDate(c.issued)],
		['citation_online_date', page.onlineDate && scholarDate(page.onlineDate.split('-').map(Number))],
		// A speech: the conference it was given at (Zotero: conference paper, its conference name).
		['citation_conference_title', c.type === 'paper-conference' ? c.eventTitle : undefined],
		['citation_publisher', c.publisher],
		['citation_series_title', c.collectionTitle],
		['citation_language', 'zh'],
		// The original address only when known; the full text as HTML is always this page.
		['citation_public_url', c.URL],
		['citation_fulltext_html_url', page.url],
		['DC.type', zoteroTypes[c.type]],
		// The website or collection the text appeared in (Zotero: website title, proceedings title).
		['prism.publicationName', c.containerTitle],
		['DC.rights', page.rights],
	];
	return tags.filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '');
}

/** The JSON-LD facts beyond the citation. */
export interface JsonLdFacts {
	/** The record page's address (absolute when the site's address is known). */
	url: string;
	/** The library's home page address, when the site's address is known. */
	siteUrl?: string | undefined;
	/** The library's name. */
	siteName: string;
	/** The place whose practice the record is (湖南省长沙市). */
	place: string;
	/** When the record last changed in the library ("YYYY-MM-DD"), when its history is known. */
	dateModified?: string | undefined;
}

/** A schema.org organisation by name. */
const organisation = (name: string | undefined) => name && { '@type': 'Organization', name };

/**
 * The source text as schema.org JSON-LD, described from the citation, on the library's page that
 * carries it (`mainEntityOfPage`, with the date the record last changed there). Articles (posted on a
 * website, or printed in an unknown periodical) are `Article`; a policy document or a speech is a
 * `CreativeWork` with its genre, since schema.org's nearer types claim what the record does not know
 * (Legislation: legal force and an issuer; for a speech there is none).
 */
export function recordJsonLd(c: CitationData, facts: JsonLdFacts): Record<string, unknown> {
	const containerType = c.type === 'webpage' ? 'WebSite' : 'CreativeWork';
	const partOf = [c.containerTitle && { '@type': containerType, name: c.containerTitle }, c.collectionTitle && { '@type': 'CreativeWorkSeries', name: c.collectionTitle }].filter(Boolean);
	return withoutEmpty({
		'@context': 'https://schema.org',
		'@type': c.gbt.code === 'EB' || c.gbt.code === 'Z' ? 'Article' : 'CreativeWork',
		name: fullTitle(c),
		author: organisation(c.author),
		// A web page's website is its publisher too (GB/T 7714 prints it so).
		publisher: organisation(c.publisher ?? (c.type === 'webpage' ? c.containerTitle : undefined)),
		datePublished: c.issued && isoDate(c.issued),
		genre: c.genre,
		inLanguage: 'zh-CN',
		url: c.URL,
		isPartOf: partOf.length === 0 ? undefined : partOf.length === 1 ? partOf[0] : partOf,
		recordedAt: c.type === 'paper-conference' && c.eventTitle ? { '@type': 'Event', name: c.eventTitle } : undefined,
		spatialCoverage: { '@type': 'Place', name: facts.place },
		mainEntityOfPage: {
			'@type': 'WebPage',
			'@id': facts.url,
			dateModified: facts.dateModified,
			isPartOf: { '@type': 'WebSite', name: facts.siteName, url: facts.siteUrl },
		},
	});
}

/** The object without its undefined or empty-string values, at every depth. */
function withoutEmpty<T>(value: T): T {
	if (Array.isArray(value)) return value.map(withoutEmpty) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined && v !== '')
				.map(([k, v]) => [k, withoutEmpty(v)]),
		) as T;
	return value;
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">` data block: compact, and with `<`
 * escaped, so no value can close the element (`</script>`) or open a comment.
 */
export function jsonLdText(data: Record<string, unknown>): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}
