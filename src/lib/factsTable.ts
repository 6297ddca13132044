/**
 * The open facts table: every fact of the library as one flat row, for /data/facts.csv and
 * /data/facts.json. Pure, so the downloads and their tests share one definition of the columns.
 * Builds must be reproducible, so nothing here carries a timestamp.
 */
import type { DimensionData } from '../schemas/dimension.ts';
import type { JurisdictionData } from '../schemas/jurisdiction.ts';
import type { FlatFact } from './compareMatrix.ts';
import { openDataLicence } from './licence.ts';

/** The columns, in download order. */
export const factColumns = [
	'record',
	'record_title',
	'doc_type',
	'jurisdiction',
	'jurisdiction_name',
	'jurisdiction_level',
	'dimension',
	'dimension_label',
	'dimension_group',
	'dimension_scope',
	'value',
	'unit',
	'qualifier',
	'base_value',
	'base_unit',
	'year',
	'year_source',
	'quote',
	'note',
	'paragraph',
	'paragraph_url',
] as const;

export type FactColumn = (typeof factColumns)[number];

/** Where a row's year comes from: the source dates the figure (the fact's asOf), or only the record is dated. */
export type YearSource = 'as_of' | 'record';

/**
 * One row of the table. `null`: the source states no unit / qualifier, the library adds no note, the
 * value has no base-unit form, or neither the figure nor the record is dated.
 */
export interface FactRow {
	record: string;
	record_title: string;
	/** The record's document type (docTypes key: case-report …). */
	doc_type: string;
	jurisdiction: string;
	jurisdiction_name: string;
	/** The place's administrative level (jurisdictionLevels key: prefecture-level city …). */
	jurisdiction_level: string;
	dimension: string;
	dimension_label: string;
	dimension_group: string;
	/** What exactly the dimension counts (口径): facts are only comparable within one scope. */
	dimension_scope: string;
	/** Number for quantities, text for named practices, as in the source data. */
	value: number | string;
	unit: string | null;
	qualifier: string | null;
	/** The value in base units (1.4 万名 → 14000), multiplier applied, qualifier not; null where there is none (src/lib/quantities.ts baseQuantity). */
	base_value: number | null;
	/** The unit of base_value (名), or null with it. */
	base_unit: string | null;
	/** The year the figure refers to: the fact's asOf year, else the record's year; null when neither is known. */
	year: number | null;
	/** Which of the two `year` is; null with it. */
	year_source: YearSource | null;
	quote: string;
	note: string | null;
	paragraph: number;
	paragraph_url: string;
}

/** What the rows need besides the facts: names and labels by id. */
export interface FactLookups {
	jurisdictions: Map<string, Pick<JurisdictionData, 'name'>>;
	dimensions: Map<string, Pick<DimensionData, 'label' | 'group' | 'scope'>>;
}

/** What each column means, in Chinese and English (the JSON download documents itself with this). */
export const factColumnDocs: Record<FactColumn, { zh: string; en: string }> = {
	record: { zh: '案例记录 id，页面地址为 /cases/<id>/', en: 'case record id; its page is /cases/<id>/' },
	record_title: { zh: '记录标题', en: 'record title' },
	doc_type: {
		zh: '记录的文献类型 id，与 cases.json 的 docType 相同（case-report 案例材料、policy-document 政策文件、experience-article 经验文章、conference-speech 会议发言）',
		en: "the record's document type, as docType in cases.json (case-report, policy-document, experience-article, conference-speech)",
	},
	jurisdiction: { zh: '地区 id，页面地址为 /places/<id>/', en: 'jurisdiction id; its page is /places/<id>/' },
	jurisdiction_name: { zh: '地区名称', en: 'jurisdiction name' },
	jurisdiction_level: {
		zh: '地区的行政层级 id（province 省、municipality 直辖市、prefecture-level city 地级市、county-level city 县级市、district 市辖区）；省级数值不宜与市级数值并列排比',
		en: "the jurisdiction's administrative level (province, municipality, prefecture-level city, county-level city, district); a province's figure is not ranked beside a city's",
	},
	dimension: { zh: '比较维度 id', en: 'comparison dimension id' },
	dimension_label: { zh: '维度名称', en: 'dimension label' },
	dimension_group: { zh: '维度分组', en: 'dimension group' },
	dimension_scope: { zh: '维度口径：所计何物；口径不同的数据不可相比', en: 'what the dimension counts; figures are comparable only within one scope' },
	value: {
		zh: '数值（数量类维度，为数字）或做法名称（做法类维度，为文字），按来源所述',
		en: 'the value as the source states it: a number for quantities, text for named practices',
	},
	unit: { zh: '来源所用单位，含万、亿等倍数（如 万名、亿元）；无则为空', en: 'unit as printed, with 万/亿 multipliers (万名 = 10,000 persons); empty when none' },
	qualifier: { zh: '来源附加的约数词（多、余、不少于、近、左右等）；无则为空', en: 'approximation word the source attaches (多 “more than”, 近 “nearly” …); empty when none' },
	base_value: {
		zh: '换算为基本单位的数值：乘以单位中的千、万、亿（1.4 万名 → 14000），限定词不计入（仍见 qualifier 列）；文字类数值、无单位或单位不在已知基本单位之列时为空，不作推测',
		en: 'the value in base units: times the 千/万/亿 of its unit (1.4 万名 → 14000), the qualifier left in its column; empty for text values, no unit, or a unit not among the known base units (never guessed)',
	},
	base_unit: { zh: 'base_value 的基本单位（名、元、平方米、% 等）；base_value 为空时为空', en: 'unit of base_value (名 persons, 元 yuan, 平方米 m², % …); empty when base_value is' },
	year: {
		zh: '数值所指的年份：来源为该项数据注明时点（截至2021年底等）时取其年份，否则取记录的发布年份；两者都不明时为空',
		en: "the year the figure refers to: the year the source gives the figure (as of end-2021 …), else the record's year; empty when neither is known",
	},
	year_source: {
		zh: 'year 的来历：as_of 为来源对该项数据注明的时点，record 为记录的发布（或转载）年份，只说明数据不晚于该年；year 为空时为空',
		en: "where year comes from: as_of = the date the source gives the figure; record = the record's publication (or repost) year, i.e. the figure is no later than that; empty when year is",
	},
	quote: { zh: '来源原文，逐字摘录，事实即出自此句', en: 'verbatim words of the source that state the fact' },
	note: { zh: '编者注：统计口径、注意事项；无则为空', en: "editor's note: what exactly is counted, caveats; empty when none" },
	paragraph: { zh: '原文所在段落的段号（¶）', en: '¶ number of the paragraph holding the quote' },
	paragraph_url: {
		zh: '该段落的链接；站点公开地址未配置时为站内相对地址（如 /cases/<id>/#p-13）',
		en: 'link to that paragraph; site-relative (e.g. /cases/<id>/#p-13) while the site origin is not configured',
	},
};

/**
 * The paragraph link: absolute on `site` when the site's public origin is configured (Astro's `site`),
 * otherwise the site-relative href as is — never an invented origin.
 */
export function paragraphUrl(href: string, site: string | undefined): string {
	return site ? new URL(href, site).href : href;
}

/** One row per fact, in the facts' order. Throws on an unknown id (checkLibrary has already reported it). */
export function buildFactRows(facts: FlatFact[], lookups: FactLookups, site?: string): FactRow[] {
	return facts.map((fact) => {
		const jurisdiction = lookups.jurisdictions.get(fact.jurisdictionId);
		const dimension = lookups.dimensions.get(fact.dimensionId);
		if (!jurisdiction) throw new Error(`${fact.recordId}: unknown jurisdiction “${fact.jurisdictionId}”`);
		if (!dimension) throw new Error(`${fact.recordId}: unknown dimension “${fact.dimensionId}”`);
		return {
			record: fact.recordId,
			record_title: fact.recordTitle,
			doc_type: fact.docType,
			jurisdiction: fact.jurisdictionId,
			jurisdiction_name: jurisdiction.name,
			jurisdiction_level: fact.jurisdictionLevel,
			dimension: fact.dimensionId,
			dimension_label: dimension.label,
			dimension_group: dimension.group,
			dimension_scope: dimension.scope,
			value: fact.value,
			unit: fact.unit ?? null,
			qualifier: fact.qualifier ?? null,
			base_value: fact.baseValue,
			base_unit: fact.baseUnit,
			year: fact.asOf === null ? null : Number(fact.asOf.slice(0, 4)),
			year_source: fact.asOf === null ? null : fact.asOfIsRecordDate ? 'record' : 'as_of',
			quote: fact.quote,
			note: fact.note ?? null,
			paragraph: fact.paragraph,
			paragraph_url: paragraphUrl(fact.href, site),
		};
	});
}

/** A cell as CSV text: numbers in JavaScript's shortest form (7.44), null as an empty field. */
export function cellText(value: FactRow[FactColumn]): string {
	return value === null ? '' : String(value);
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The table as RFC 4180 CSV: header row, CRLF line ends (the last line too), preceded by a UTF-8 byte
 * order mark because Excel otherwise reads the file in the local code page and garbles the Chinese.
 */
export function toCsv(rows: FactRow[]): string {
	return csvHead + rows.map(csvLine).join('');
}

/** The CSV's first bytes: the byte order mark and the header row. */
export const csvHead = `\uFEFF${factColumns.join(',')}\r\n`;

/** One row as a CSV line, CRLF-terminated. */
export function csvLine(row: FactRow): string {
	return `${factColumns.map((c) => csvField(cellText(row[c]))).join(',')}\r\n`;
}

export interface FactsJson {
	description: string;
	/** The licence of the table (the library's own work): src/lib/licence.ts. */
	license: typeof openDataLicence;
	columns: Record<FactColumn, { zh: string; en: string }>;
	facts: FactRow[];
}

export const factsJsonDescription =
	'城市基层党建案例库的全部结构化事实，每条附来源原文（quote）及其所在段落链接（paragraph_url）；同一数据另有 /data/facts.csv。' +
	'paragraph_url 在站点公开地址未配置时为站内相对地址，在前面加上本文件所在网站的地址即可访问。 ' +
	'Every structured fact of the Urban Party-Building Case Library, each with the verbatim source quote and a link to its paragraph; ' +
	'the same table is at /data/facts.csv. paragraph_url is site-relative until the site origin is configured: prefix it with the origin of the site this file comes from. ' +
	'Values are numbers for quantities and text for named practices; base_value is the value in base units (1.4 万名 → 14000 名), null where the unit is unknown or the value is text; ' +
	'year is the year the figure refers to, year_source says whether the source dates the figure (as_of) or only the record is dated (record); ' +
	'null means the source states no unit/qualifier, there is no note, or the value or year is unknown.';

/** The JSON download: self-describing, no timestamp (builds are reproducible). */
export function toFactsJson(rows: FactRow[]): FactsJson {
	return { description: factsJsonDescription, license: openDataLicence, columns: factColumnDocs, facts: rows };
}

/**
 * The JSON download's text: compact, one row a line, so that grep and line diffs still see rows. Tab
 * indentation (a line per field) made the file 9% larger (12% gzipped) at 1,000 records for no reader.
 */
export function factsJsonText(json: FactsJson): string {
	const { head, separator, tail } = factsJsonFrame(json);
	return `${head}${json.facts.map((row) => JSON.stringify(row)).join(separator)}${tail}`;
}

/** The JSON download around its rows, so that it can also be written a row at a time (openDataFiles). */
export function factsJsonFrame(json: Pick<FactsJson, 'description' | 'license' | 'columns'>): { head: string; separator: string; tail: string } {
	const head = JSON.stringify({ description: json.description, license: json.license, columns: json.columns });
	return { head: `${head.slice(0, -1)},"facts":[\n`, separator: ',\n', tail: '\n]}\n' };
}
