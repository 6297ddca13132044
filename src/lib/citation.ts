/**
 * How to cite a record. `citationData` turns a record's known fields into ONE neutral, CSL-JSON-like
 * object; every output — the GB/T 7714—2015 reference, RIS, BibTeX, CSL-JSON and the paragraph
 * citation — is made from that object alone, so the formats cannot disagree.
 *
 * Nothing is invented: a part whose value the source does not give is left out, never filled with a
 * placeholder. GB/T 7714 would write 出版地不详 / 出版者不详 for an unknown place or publisher (8.4.1.3,
 * 8.4.2.3); like the widely used gbt7714 BibTeX style by default, we omit them: they tell a reader
 * nothing, and `source.url`, an access date (引用日期) or a page number are never reconstructed.
 *
 * Why not citation-js: it renders GB/T 7714 only through citeproc-js and a third-party CSL style,
 * whose output for these records (online items without an address, a title the library supplied, a
 * speech taken from a 座谈会 collection without publisher) is not what the standard prescribes, and
 * its five packages and citeproc would be a large build dependency for four small text formats from
 * one object, which this file writes in a few lines each, under unit tests.
 */
import { docTypes, type DocType } from '../schemas/case.ts';
import { accessDatePlaceholder } from './citationPlaceholder.ts';
import { formatPartialDate } from './formatDate.ts';
import { paragraphId } from './rehypeParagraphAnchors.ts';

/** The record fields a citation is made from (a CaseRecord's `data` fits). */
export interface CitableRecord {
	title: string;
	titleIsEditorial?: boolean | undefined;
	subtitle?: string | undefined;
	series?: string | undefined;
	author?: string | undefined;
	outlet?: string | undefined;
	column?: string | undefined;
	published: { date: string | null; note?: string | undefined };
	reposted?: { date: string; by: string } | undefined;
	docType: DocType;
	source: { url?: string | undefined };
	completeness: { status: 'full' | 'partial'; note?: string | undefined };
}

/** GB/T 7714—2015 文献类型标识 used here (table B.1): 电子公告, 档案, 会议录, 其他. */
export type GbtTypeCode = 'EB' | 'A' | 'C' | 'Z';

/** The CSL item types used here. */
export type CslType = 'webpage' | 'document' | 'paper-conference';

/** The neutral citation: CSL-JSON variables (camel-cased) plus what GB/T 7714 needs beyond them. */
export interface CitationData {
	/** Citation key: the record id (ASCII kebab-case). */
	id: string;
	type: CslType;
	/** GB/T 7714 document type, whether the carrier is 联机网络 (/OL), and whether the item is 析出文献 (//host). */
	gbt: { code: GbtTypeCode; online: boolean; partOfContainer: boolean };
	title: string;
	subtitle?: string;
	/** True when the library supplied the title because the source has none. */
	titleSupplied: boolean;
	/** The responsible organisation, a literal name (never split into family/given). */
	author?: string;
	/** The website an online item appeared on, or the collection a speech was printed in. */
	containerTitle?: string;
	/** The body that issued or (re)published the cited copy. */
	publisher?: string;
	/** The conference a speech was given at. */
	eventTitle?: string;
	/** A series or campaign the item belongs to, when it is not the container. */
	collectionTitle?: string;
	/** The document type as the site labels it (案例材料 …). */
	genre: string;
	/** The date at the precision the source gives: [year], [year, month] or [year, month, day]. */
	issued?: number[];
	/** The original address, only when known. */
	URL?: string;
	/** What a reader should know about the fields: supplied title, date notes, partial text, the library's edition. */
	note: string;
	language: 'zh-CN';
}

/** Options that are not fields of the record. */
export interface CitationOptions {
	/** Name of the conference a speech belongs to (from the events collection). */
	eventName?: string | undefined;
	/** The site's address (`import.meta.env.SITE`); the edition's URL is absolute when it is known. */
	site?: string | undefined;
}

/** Address of a site page: absolute when the site address is known, else the site-relative path. */
export function pageUrl(path: string, site?: string): string {
	return site ? new URL(path, site).href : path;
}

/** Address of paragraph `n` of a record page (`/cases/<id>/#p-N`, absolute when the site address is known). */
export function paragraphUrl(recordPath: string, n: number, site?: string): string {
	return pageUrl(`${recordPath}#${paragraphId(n)}`, site);
}

/**
 * Whether the cited copy is known to be online. The schema has no medium field, so it follows from
 * fields that imply one: a known address; a repost (the library records reposts by websites, from
 * the reposting page); an outlet that is a website by name (…网, as 人民网-中国共产党新闻网). Otherwise
 * no /OL is claimed, even where an archive came from a download site the record does not name.
 */
function isOnline(record: CitableRecord): boolean {
	return record.source.url !== undefined || record.reposted !== undefined || /网/.test(record.outlet ?? '');
}

/** The neutral citation of a record, from its fields only. */
export function citationData(record: { id: string; url: string; data: CitableRecord }, options: CitationOptions = {}): CitationData {
	const { data } = record;
	const online = isOnline(data);
	// With no date of its own but a dated repost, what can be cited truthfully is the repost: its
	// site as publisher, its date as the date of this copy (the note says so).
	const citesRepost = data.published.date === null && data.reposted !== undefined;
	const publisherName = citesRepost ? data.reposted?.by : data.outlet;
	const date = citesRepost ? data.reposted?.date : (data.published.date ?? undefined);
	// Which document type the source is — the codes of GB/T 7714—2015 table B.1, each with its reason:
	let type: CslType;
	let gbt: CitationData['gbt'];
	let containerTitle: string | undefined;
	let publisher: string | undefined;
	switch (data.docType) {
		case 'conference-speech':
			// 会议录 C: the code for the collected papers of a meeting, glossed with the code list as
			// covering 座谈会、研讨会、学术年会 alike (this is a 座谈会's 发言摘登). A speech printed in
			// such a collection is 析出文献, cited as "作者. 题名[C]//汇编题名. 出版年." (format 4.2, as
			// the standard's "…[C]//中国图书馆学会. 中国图书馆学会年会论文集…"): the collection is the host.
			type = 'paper-conference';
			containerTitle = data.series ?? options.eventName;
			publisher = data.outlet;
			gbt = { code: 'C', online, partOfContainer: containerTitle !== undefined };
			break;
		case 'policy-document':
			// 档案 A: the standard's own example of a government document reached online (4.6.2) is
			// "北京市人民政府办公厅. 关于转发…的通知: 京政办发[2005]37号[A/OL]. (2005-07-12)[2011-07-12]. URL."
			type = 'document';
			publisher = publisherName;
			gbt = { code: 'A', online, partOfContainer: false };
			break;
		case 'case-report':
		case 'experience-article':
			if (online) {
				// 电子公告 EB on 联机网络 OL: an article posted on a website, e.g. a 人民网 case report.
				type = 'webpage';
				containerTitle = publisherName;
				gbt = { code: 'EB', online: true, partOfContainer: false };
			} else {
				// 其他 Z: a printed article whose periodical is unknown — neither its title nor whether it is
				// a journal (J) or a newspaper (N) is known, and J or N without the serial would mislead.
				type = 'document';
				publisher = publisherName;
				gbt = { code: 'Z', online: false, partOfContainer: false };
			}
			break;
	}
	const collectionTitle = data.series !== undefined && containerTitle !== data.series ? data.series : undefined;
	const note = [
		data.titleIsEditorial && '题名为城市基层党建案例库编辑据正文原话拟定，来源未保留标题',
		data.column && `栏目：${data.column}`,
		collectionTitle && `系列：${collectionTitle}`,
		options.eventName && `会议：${options.eventName}`,
		data.reposted && `转载：${data.reposted.by}，${formatPartialDate(data.reposted.date)}`,
		data.published.note && `日期说明：${data.published.note}`,
		data.completeness.status === 'partial' && `部分文本${data.completeness.note ? `：${data.completeness.note}` : ''}`,
		data.source.url === undefined && '原始网址：来源未载明',
		`城市基层党建案例库整理本：${pageUrl(record.url, options.site)}`,
	]
		.filter((s): s is string => typeof s === 'string' && s !== '')
		.map((s) => `${s.replace(/。$/, '')}。`)
		.join('');
	return {
		id: record.id,
		type,
		gbt,
		title: data.title,
		...(data.subtitle !== undefined && { subtitle: data.subtitle }),
		titleSupplied: data.titleIsEditorial === true,
		...(data.author !== undefined && { author: data.author }),
		...(containerTitle !== undefined && { containerTitle }),
		...(publisher !== undefined && { publisher }),
		...(options.eventName !== undefined && { eventTitle: options.eventName }),
		...(collectionTitle !== undefined && { collectionTitle }),
		genre: docTypes[data.docType],
		...(date !== undefined && { issued: date.split('-').map(Number) }),
		...(data.source.url !== undefined && { URL: data.source.url }),
		note,
		language: 'zh-CN',
	};
}

/** Title with its other title information (GB/T 7714 "题名: 其他题名信息"). */
export function fullTitle(c: CitationData): string {
	return c.subtitle === undefined ? c.title : `${c.title}: ${c.subtitle}`;
}

/** ISO 8601 date at its precision: 2018, 2018-10, 2018-10-22 (GB/T 7714 8.4.3 uses GB/T 7408). */
export function isoDate(parts: number[]): string {
	return parts.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/**
 * The GB/T 7714—2015 reference (顺序编码制), e.g.
 * `中共长沙市委组织部. 湖南长沙市：…[EB/OL]. 人民网-中国共产党新闻网, 2018-10-22.`
 *
 * - Punctuation between elements is the standard's: ". " "//" ", " ": " in half-width with the
 *   spaces of its examples; punctuation inside a title stays as the source prints it.
 * - No author (贵州): the 顺序编码制 rule — "凡采用顺序编码制组织的参考文献可省略此项，直接以题名开头"
 *   (8.1.3; the author-date system would need 佚名 instead), as the standard's example (A.10)
 *   "Dublin Core metadata element set: version 1.1[EB/OL]. (2012-06-14)[2014-06-11]. …" does.
 * - A title the library supplied stands in square brackets, the bibliographic mark for information
 *   not taken from the item itself (as GB/T 7714 8.4.3.3 brackets an inferred year).
 * - 出版者, 出版日期 in the order of formats 4.1/4.6 ("出版地: 出版者, 出版年"), the date at its known
 *   precision in the YYYY-MM-DD form the standard uses for dated items (newspapers, 8.4.3.2); no date
 *   is known for 兰州, so it has none.
 * - The URL (获取和访问路径) only when the original address is known, with the access date (引用日期)
 *   the standard asks of online items right before it (`2018-10-22[引用日期]. http://…`, as in its
 *   example "(2001-12-19)[2002-04-15]. http://…"). Only the reader knows that date: static text
 *   prints the placeholder `[引用日期]`, and the copy buttons fill in the day of copying
 *   (src/lib/citationCopy.ts).
 */
export function formatGbt(c: CitationData): string {
	const title = c.titleSupplied ? `[${fullTitle(c)}]` : fullTitle(c);
	const code = `[${c.gbt.code}${c.gbt.online ? '/OL' : ''}]`;
	let text = [c.author, `${title}${code}`].filter(Boolean).join('. ');
	if (c.gbt.partOfContainer && c.containerTitle !== undefined) text += `//${c.containerTitle}`;
	const publisher = c.gbt.partOfContainer ? c.publisher : (c.publisher ?? c.containerTitle);
	const publication = [publisher, c.issued && isoDate(c.issued)].filter(Boolean).join(', ');
	const accessed = c.URL ? `${publication}${accessDatePlaceholder}` : publication;
	return [text, accessed, c.URL].filter(Boolean).join('. ') + '.';
}

/**
 * Words added to a record citation to cite one paragraph of the library's edition: the edition, the
 * paragraph, the access date (an online item) and the paragraph's address.
 */
export function paragraphCitation(citation: string, n: number | string, url: string): string {
	// The ¶ numbers and the address are the library's edition's (headings count, page furniture is
	// gone), not the original's: say so, so the locator is not read as the source's own paragraphing.
	return `${citation} 城市基层党建案例库整理本, 第${n}段${accessDatePlaceholder}. ${url}.`;
}

/** RIS reference types for the GB/T codes: web page, government document, conference paper, generic. */
const risTypes: Record<GbtTypeCode, string> = { EB: 'ELEC', A: 'GOVDOC', C: 'CPAPER', Z: 'GEN' };

/** One RIS value on one line. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

/** RIS (Research Information Systems), as EndNote, Zotero and Citavi import it: `TAG  - value` lines, CRLF. */
export function formatRis(c: CitationData): string {
	const lines: [string, string | undefined][] = [
		['TY', risTypes[c.gbt.code]],
		['AU', c.author],
		['TI', fullTitle(c)],
		['T2', c.containerTitle],
		['T3', c.collectionTitle],
		['PB', c.publisher],
		// DA is YYYY/MM/DD/other with the unknown parts empty; PY is the year alone.
		['DA', c.issued && [c.issued[0], c.issued[1], c.issued[2]].map((p, i) => (p === undefined ? '' : String(p).padStart(i === 0 ? 4 : 2, '0'))).join('/') + '/'],
		['PY', c.issued && String(c.issued[0])],
		['UR', c.URL],
		['M3', c.genre],
		['LA', c.language],
		['N1', c.note],
	];
	return [...lines.filter((l): l is [string, string] => l[1] !== undefined).map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - ', ''].join('\r\n');
}

/** A BibTeX field value: Unicode kept, TeX's special characters escaped. */
function bibtexValue(value: string): string {
	return value.replace(/[\\{}%&#_$~^]/g, (ch) =>
		ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`,
	);
}

/**
 * BibTeX (biblatex field names, which classic BibTeX ignores where unknown): @inproceedings for a
 * speech in its collection, @online for a web item with an address, else @misc (biblatex requires a
 * URL for @online). The organisation author is braced twice so it is never split into names.
 */
export function formatBibtex(c: CitationData): string {
	const entryType = c.type === 'paper-conference' && c.containerTitle ? 'inproceedings' : c.type === 'webpage' && c.URL ? 'online' : 'misc';
	const fields: [string, string | undefined][] = [
		['author', c.author && `{${bibtexValue(c.author)}}`],
		['title', bibtexValue(fullTitle(c))],
		['booktitle', entryType === 'inproceedings' ? c.containerTitle && bibtexValue(c.containerTitle) : undefined],
		['eventtitle', c.eventTitle && bibtexValue(c.eventTitle)],
		['howpublished', entryType === 'misc' && c.containerTitle ? bibtexValue(c.containerTitle) : undefined],
		['organization', entryType === 'online' && c.containerTitle ? bibtexValue(c.containerTitle) : undefined],
		['publisher', c.publisher && bibtexValue(c.publisher)],
		['series', c.collectionTitle && bibtexValue(c.collectionTitle)],
		['type', entryType === 'misc' ? bibtexValue(c.genre) : undefined],
		['date', c.issued && isoDate(c.issued)],
		['year', c.issued && String(c.issued[0])],
		['url', c.URL?.replace(/[{}]/g, encodeURIComponent)],
		['langid', 'chinese'],
		['note', bibtexValue(c.note)],
	];
	const body = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([name, value]) => `  ${name} = {${value}},`);
	return `@${entryType}{${c.id},\n${body.join('\n')}\n}\n`;
}

/** The CSL-JSON item (citeproc-js, Zotero, Pandoc). */
export function toCslItem(c: CitationData): Record<string, unknown> {
	return {
		id: c.id,
		type: c.type,
		title: fullTitle(c),
		...(c.author !== undefined && { author: [{ literal: c.author }] }),
		...(c.containerTitle !== undefined && { 'container-title': c.containerTitle }),
		...(c.collectionTitle !== undefined && { 'collection-title': c.collectionTitle }),
		...(c.publisher !== undefined && { publisher: c.publisher }),
		...(c.eventTitle !== undefined && { 'event-title': c.eventTitle }),
		genre: c.genre,
		...(c.issued !== undefined && { issued: { 'date-parts': [c.issued] } }),
		...(c.URL !== undefined && { URL: c.URL }),
		language: c.language,
		note: c.note,
	};
}

/** CSL-JSON: an array of one item. */
export function formatCslJson(c: CitationData): string {
	return `${JSON.stringify([toCslItem(c)], null, 2)}\n`;
}
