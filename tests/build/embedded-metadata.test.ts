/**
 * Built record pages read as reference managers and scholarly search read them:
 * - Zotero's browser connector (its Embedded Metadata translator, zotero/translators, emulated below for
 *   the tags these pages carry): the item type, creators, date, container, URL it would save;
 * - Google Scholar (its inclusion guidelines: `citation_*` meta tags in <head>, one citation_author per
 *   author, citation_publication_date as 2010/5/12 or the year alone);
 * - schema.org JSON-LD (a data block in <head>).
 * Each must agree with the record's CSL-JSON download (/cases/<id>/cite.json), which Zotero imports as the
 * same item type, and with the record's own fields.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import { readContent } from '../../src/lib/readContent.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const dist = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const { library } = readContent(join(projectRoot, 'content'));
const built = existsSync(join(dist, 'index.html'));

function* elements(node: Root | Element): Generator<Element> {
	for (const child of node.children as RootContent[]) {
		if (child.type !== 'element') continue;
		yield child;
		yield* elements(child);
	}
}

/** The page's <head> as a tool sees it: its meta tags in order (name or property → content), canonical link, JSON-LD blocks. */
function readHead(path: string) {
	const tree = fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
	const head = [...elements(tree)].find((e) => e.tagName === 'head')!;
	const inHead = [...elements(head)];
	const meta = inHead
		.filter((e) => e.tagName === 'meta' && (e.properties.name || e.properties.property) && e.properties.content !== undefined)
		.map((e) => [String(e.properties.name ?? e.properties.property), String(e.properties.content)] as const);
	const canonical = inHead.find((e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical')?.properties.href as string | undefined;
	const jsonLd = inHead.filter((e) => e.tagName === 'script' && e.properties.type === 'application/ld+json').map((e) => JSON.parse(toString(e)) as Record<string, any>);
	const bodyMeta = [...elements(tree)].filter((e) => e.tagName === 'meta' && !inHead.includes(e) && /^citation_/.test(String(e.properties.name)));
	return { meta, canonical, jsonLd, bodyMeta };
}

/** Zotero item types that exist (the translator keeps a DC.type only when it names one). */
const zoteroItemTypes = new Set(['artwork', 'blogPost', 'book', 'bookSection', 'conferencePaper', 'dataset', 'document', 'journalArticle', 'magazineArticle', 'newspaperArticle', 'report', 'statute', 'thesis', 'webpage']);
/** The fields each relevant item type has (Zotero schema); a translator's value for another field is dropped on save. */
const zoteroFields: Record<string, string[]> = {
	webpage: ['title', 'abstractNote', 'websiteTitle', 'date', 'url', 'language', 'rights'],
	document: ['title', 'abstractNote', 'publisher', 'date', 'url', 'language', 'rights'],
	conferencePaper: ['title', 'abstractNote', 'date', 'proceedingsTitle', 'conferenceName', 'publisher', 'series', 'url', 'language', 'rights'],
	journalArticle: ['title', 'abstractNote', 'publicationTitle', 'date', 'series', 'url', 'language', 'rights'],
};
/** How Zotero's CSL-JSON import names CSL types. */
const cslToZotero: Record<string, string> = { webpage: 'webpage', document: 'document', 'paper-conference': 'conferencePaper', 'article-journal': 'journalArticle' };

/** Zotero's cleanAuthor for a name without comma: last space splits first from last name; none, all is the last name. */
function cleanAuthor(name: string) {
	const author = name.replace(/^[\s.,/[\]:]+/, '').replace(/[\s.,/[\]:]+$/, '').replace(/\s+/, ' ');
	const space = author.lastIndexOf(' ');
	return { firstName: space < 0 ? '' : author.slice(0, space), lastName: author.slice(space + 1), creatorType: 'author' };
}

/**
 * The item Zotero's Embedded Metadata translator makes from these tags (its code: init, detectType of
 * the RDF translator, importItem, addHighwireMetadata, addLowQualityMetadata), restricted to the tags
 * and fields that occur on these pages.
 */
function zoteroItem(meta: readonly (readonly [string, string])[], canonical: string | undefined): Record<string, any> {
	const first = (name: string) => meta.find(([n]) => n === name)?.[1];
	const all = (name: string) => meta.filter(([n]) => n === name).map(([, v]) => v);
	// init(): a citation_* tag naming a container decides; citation_title alone guesses a journal article.
	let hwType: string | undefined;
	let hwTypeGuess: string | undefined;
	for (const [name] of meta) {
		const tag = name.slice(name.lastIndexOf('citation_'));
		if (tag === 'citation_journal_title') hwType = 'journalArticle';
		else if (tag === 'citation_technical_report_institution') hwType = 'report';
		else if (tag === 'citation_conference_title' || tag === 'citation_conference') hwType = 'conferencePaper';
		else if (tag === 'citation_book_title' || tag === 'citation_inbook_title') hwType = 'bookSection';
		else if (tag === 'citation_dissertation_institution') hwType = 'thesis';
		else if (tag === 'citation_title' || tag === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
	}
	// RDF detectType(): DC.type naming a Zotero type, og:type website; else the guess.
	const dcType = first('DC.type');
	const ogType = first('og:type');
	const rdfType = (dcType && zoteroItemTypes.has(dcType) ? dcType : undefined) ?? (ogType === 'website' ? 'webpage' : undefined) ?? hwTypeGuess ?? 'webpage';
	const itemType = hwType ?? rdfType;
	// importItem(): title, container (PRISM, then DC source, then og:site_name for web items), rights, abstract, url.
	const item: Record<string, any> = { itemType, title: first('og:title') };
	item.publicationTitle = first('prism.publicationName') ?? first('DC.source');
	if (!item.publicationTitle && ['blogPost', 'webpage', 'newspaperArticle'].includes(itemType)) item.publicationTitle = first('og:site_name');
	item.rights = first('DC.rights');
	item.abstractNote = first('og:description');
	item.url = first('og:url');
	// addHighwireMetadata(): the Highwire mappings override, then creators, then date fallbacks and the URL.
	const highwire: Record<string, string> = {
		citation_title: 'title',
		citation_publication_date: 'date',
		citation_cover_date: 'date',
		citation_date: 'date',
		citation_journal_title: 'publicationTitle',
		citation_inbook_title: 'publicationTitle',
		citation_series_title: 'series',
		citation_conference_title: 'conferenceName',
		citation_publisher: 'publisher',
		citation_public_url: 'url',
		citation_language: 'language',
	};
	for (const [tag, field] of Object.entries(highwire)) {
		const value = first(tag);
		if (value?.trim()) item[field] = value.trim().replace(/\s+/g, ' ');
	}
	const authors = all('citation_author');
	item.creators = authors.flatMap((value) => {
		let names = value.split(/\s*;\s*/);
		if (names.length === 1 && authors.length === 1) {
			const byComma = names[0]!.split(/\s*,\s*/);
			if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) names = byComma;
		}
		return names.map((n) => n.trim()).filter((n) => /[^\s,-.;]/.test(n)).map(cleanAuthor);
	});
	item.date ??= first('citation_online_date') ?? first('citation_year');
	item.url ??= first('citation_abstract_html_url') ?? first('citation_fulltext_html_url') ?? canonical;
	item.abstractNote ??= first('description');
	// Saving maps the base field publicationTitle to the type's own (websiteTitle, proceedingsTitle) and drops fields the type lacks.
	const baseMapped: Record<string, string> = { webpage: 'websiteTitle', conferencePaper: 'proceedingsTitle' };
	if (baseMapped[itemType] && item.publicationTitle !== undefined) item[baseMapped[itemType]!] = item.publicationTitle;
	const fields = zoteroFields[itemType] ?? [];
	return Object.fromEntries(Object.entries(item).filter(([k, v]) => (k === 'itemType' || k === 'creators' || fields.includes(k)) && v !== undefined));
}

const pageOf = (id: string) => `cases/${id}`;
const cslOf = (id: string) => (JSON.parse(readFileSync(join(dist, 'cases', id, 'cite.json'), 'utf8')) as Record<string, any>[])[0]!;

describe('record pages as Zotero saves them (Embedded Metadata translator)', { skip: !built && 'run `npm run build` first (npm test does)' }, () => {
	test('a news website’s case report (长沙, 人民网): a web page, the organisation as one author, the day, the website', () => {
		const { meta, canonical } = readHead(pageOf('changsha-sixiang-zaizao'));
		const item = zoteroItem(meta, canonical);
		assert.equal(item.itemType, 'webpage');
		assert.equal(item.title, '湖南长沙市：实施“四项再造”，充分发挥街道社区党组织领导核心作用');
		assert.deepEqual(item.creators, [{ firstName: '', lastName: '中共长沙市委组织部', creatorType: 'author' }]);
		assert.equal(item.date, '2018/10/22');
		assert.equal(item.websiteTitle, '人民网-中国共产党新闻网', 'the website it appeared on, not this library');
		assert.equal(item.language, 'zh');
		assert.equal(item.url, canonical);
		assert.match(item.rights, /CC BY 4\.0/);
	});

	test('a government document (贵州): a document without author, the reposting site as publisher and its day', () => {
		const { meta, canonical } = readHead(pageOf('guizhou-jiedao-shequ-xianjinxing-jianshe'));
		const item = zoteroItem(meta, canonical);
		assert.equal(item.itemType, 'document');
		assert.equal(item.title, '贵州省街道社区党的组织先进性建设工程实施办法');
		assert.deepEqual(item.creators, [], 'the source names no issuing body: none is made up');
		assert.equal(item.publisher, '遵义医学院附属医院');
		assert.equal(item.date, '2008/08/07');
	});

	test('a conference speech (北京): a conference paper with its speaker, conference, collection and the year alone', () => {
		const { meta, canonical } = readHead(pageOf('conference-2022-beijing'));
		const item = zoteroItem(meta, canonical);
		assert.equal(item.itemType, 'conferencePaper');
		assert.deepEqual(item.creators, [{ firstName: '', lastName: '北京市委组织部', creatorType: 'author' }]);
		assert.equal(item.conferenceName, '2022年全国城市基层党建工作经验交流座谈会');
		assert.equal(item.proceedingsTitle, '2022年全国城市基层党建工作经验交流座谈会发言摘登');
		assert.equal(item.date, '2022');
	});

	test('an undated article (兰州): no date at all rather than a guessed one', () => {
		const { meta, canonical } = readHead(pageOf('lanzhou-wangge-dangjian'));
		assert.equal(zoteroItem(meta, canonical).date, undefined);
	});

	for (const record of library.cases)
		test(`${record.id}: the same item as its CSL-JSON download`, () => {
			const { meta, canonical } = readHead(pageOf(record.id));
			const item = zoteroItem(meta, canonical);
			const csl = cslOf(record.id);
			assert.equal(item.itemType, cslToZotero[csl.type], 'item type');
			assert.equal(item.title, csl.title);
			assert.deepEqual(
				item.creators.map((c: { lastName: string }) => c.lastName),
				(csl.author ?? []).map((a: { literal: string }) => a.literal),
			);
			const issued: number[] | undefined = csl.issued?.['date-parts'][0];
			assert.equal(item.date, issued?.map((p, i) => String(p).padStart(i ? 2 : 4, '0')).join('/'));
			const container = item.websiteTitle ?? item.proceedingsTitle;
			if (csl['container-title']) assert.equal(container, csl['container-title']);
			if (item.publisher !== undefined) assert.equal(item.publisher, csl.publisher);
		});
});

describe('record pages as Google Scholar reads them', { skip: !built && 'run `npm run build` first' }, () => {
	for (const record of library.cases)
		test(`${record.id}: title, each author, the date at its precision, all in <head>`, () => {
			const { meta, bodyMeta } = readHead(pageOf(record.id));
			const all = (name: string) => meta.filter(([n]) => n === name).map(([, v]) => v);
			assert.deepEqual(bodyMeta, [], 'citation tags belong in <head>');
			assert.equal(all('citation_title').length, 1);
			assert.deepEqual(all('citation_author'), record.data.author ? [record.data.author] : []);
			const date = record.data.published.date ?? record.data.reposted?.date;
			assert.deepEqual(all('citation_publication_date'), date ? [date.replaceAll('-', '/')] : [], 'the precision the source gives, never an invented day');
			for (const d of all('citation_publication_date')) assert.match(d, /^\d{4}(\/\d{2}(\/\d{2})?)?$/);
			assert.deepEqual(all('citation_language'), ['zh']);
			if (record.data.docType === 'conference-speech') assert.equal(all('citation_conference_title').length, 1);
			assert.equal(all('citation_journal_title').length, 0, 'no record is known to be from a journal');
		});
});

describe('record pages’ schema.org JSON-LD', { skip: !built && 'run `npm run build` first' }, () => {
	for (const record of library.cases)
		test(`${record.id}: one block describing the source on this page`, () => {
			const { jsonLd, canonical } = readHead(pageOf(record.id));
			assert.equal(jsonLd.length, 1);
			const data = jsonLd[0]!;
			const csl = cslOf(record.id);
			assert.equal(data['@context'], 'https://schema.org');
			assert.equal(data.name, csl.title);
			assert.equal(data.author?.name, record.data.author);
			assert.equal(data.datePublished, record.data.published.date ?? record.data.reposted?.date);
			assert.equal(data.genre, csl.genre);
			assert.equal(data.inLanguage, 'zh-CN');
			assert.equal(data.mainEntityOfPage['@id'], canonical);
			assert.equal(data.mainEntityOfPage.isPartOf.name, '城市基层党建案例库');
			const { history } = JSON.parse(readFileSync(join(dist, 'data', 'cases', `${record.id}.json`), 'utf8'));
			assert.equal(data.mainEntityOfPage.dateModified, history.available ? history.lastChanged : undefined, 'the record’s last change, as its data file says');
			if (record.data.docType === 'conference-speech') assert.equal(data.recordedAt?.['@type'], 'Event');
		});
});
