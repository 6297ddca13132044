/**
 * The open data files: records and glossary terms as JSON, in the same shape as the content files
 * (references written as ids), so the content schemas validate them and a researcher can rely on the
 * field documentation of src/schemas/.
 */
import type { CaseData } from '../schemas/case.ts';
import type { TermData } from '../schemas/term.ts';
import type { FactRow } from './factsTable.ts';
import { openDataLicence } from './licence.ts';
import { historyGapText, type RecordHistory } from './recordHistory.ts';

/** A reference object (`{ collection, id }`) or anything else, written as the content files write it. */
function idsOf(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(idsOf);
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		const keys = entries.map(([k]) => k).sort().join(',');
		if (keys === 'collection,id') return (value as { id: string }).id;
		return Object.fromEntries(entries.map(([k, v]) => [k, idsOf(v)]));
	}
	return value;
}

export interface CaseExport {
	id: string;
	/** Site-relative URL of the record page. */
	url: string;
	/** Full place name (湖南省长沙市). */
	place: string;
	/** Province-level jurisdiction id. */
	province: string;
	/** Every frontmatter field of the record, references as ids (validates with caseSchema). */
	[field: string]: unknown;
}

/** One record for /data/cases.json (a CaseRecord of src/data/library.ts has these fields). */
export function exportCase(record: { id: string; url: string; place: string; province: { id: string }; data: CaseData }): CaseExport {
	return { id: record.id, url: record.url, place: record.place, province: record.province.id, ...(idsOf(record.data) as object) };
}

/** /data/cases.json around its records: what comes before the first and after the last, and between two. */
export const casesJsonFrame = (() => {
	const head = JSON.stringify({
		description:
			'城市基层党建案例库的案例记录（元数据与结构化数据）。字段与 content/cases/*.mdx 的 frontmatter 相同，引用写作 id；history 为本库版本库中该记录的修订记录；正文见各记录页面；每条记录另有单独的文件 /data/cases/<id>.json。Case records of the library: metadata and facts, fields as in the content files (references as ids), and history, the record\'s revisions in the library\'s repository; texts are on the record pages; each record also has a file of its own, /data/cases/<id>.json.',
		license: openDataLicence,
		source: '各记录的正文依据其存档来源整理，source.file 为存档文件名；来源未载明的网址、日期不作推测（为空）。',
		cases: [],
	});
	return { head: head.slice(0, -2), separator: ',', tail: ']}' };
})();

export const recordFileDescription =
	'城市基层党建案例库的一条案例记录：字段与 /data/cases.json 中该记录相同（与 content/cases/*.mdx 的 frontmatter 相同，引用写作 id）；' +
	'factRows 为 /data/facts.json 中本记录的各行，各列说明见该文件的 columns。正文见 url 所指的记录页面。 ' +
	"One case record of the library: its fields as in /data/cases.json; factRows are this record's rows of /data/facts.json " +
	'(columns documented there). The text is on the record page (url).';

/**
 * A record's revision history as the open data gives it (see /data/): its last-changed dates and every
 * change with its commit, or `available: false` with the reason and what the page says.
 */
export function exportHistory(history: RecordHistory) {
	return history.available ? history : { available: false, reason: history.reason, note: historyGapText[history.reason] };
}

/**
 * A record's own file, /data/cases/<id>.json: the licence, its entry of /data/cases.json (with its
 * revision history) and its rows of /data/facts.json.
 */
export function recordFile(exported: CaseExport, factRows: FactRow[], history: RecordHistory) {
	return { description: recordFileDescription, license: openDataLicence, ...exported, history: exportHistory(history), factRows };
}

/** A record that uses a term, and how many times (the term and its aliases, in the body). */
export interface TermUse {
	record: string;
	count: number;
}

/**
 * One glossary term for /data/terms.json: its fields (gloss included), and its use: the records that use
 * it, most uses first (then by id), each with its count, and the totals. The counts are the glossary's
 * own (src/data/glossary.ts: one concordance per term, made once a build and shared with the term pages),
 * so the file costs a sort per term, not another pass over the texts.
 */
export function exportTerm(term: { id: string; data: TermData; counts: Map<string, number> }) {
	const records: TermUse[] = [...term.counts]
		.map(([record, count]) => ({ record, count }))
		.sort((a, b) => b.count - a.count || (a.record < b.record ? -1 : a.record > b.record ? 1 : 0));
	return {
		...(idsOf(term.data) as object),
		id: term.id,
		url: `/terms/${term.id}/`,
		occurrences: records.reduce((sum, use) => sum + use.count, 0),
		recordCount: records.length,
		records,
	};
}

/** What /data/terms.json says it holds. */
export const termsJsonDescription =
	'政策术语表：术语（term）、别称（aliases）、主题（theme）、相关术语（related）、释义（definition：quoted 为引自案例原文，editorial 为编辑撰写）、' +
	'英文释义（gloss，编辑撰写，供阅读中文较慢的研究者参考，不是译名标准）；用例：occurrences 为在全部案例正文中出现的总次数（含别称），recordCount 为用到它的记录数，' +
	'records 为这些记录及各自的次数（record 为记录 id，页面 /cases/<id>/；次数多者在前）。 ' +
	'The policy-term glossary: each term with its aliases, theme, related terms, definition (quoted from a record, or editorial) and an editorial English gloss ' +
	'(a reading aid, not a standard translation); its use: occurrences in all record texts (aliases included), recordCount records using it, ' +
	'and records: each of them (record id, page /cases/<id>/) with its count, most uses first.';
