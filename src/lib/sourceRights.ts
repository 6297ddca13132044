/**
 * Whose a record's source text is and on what ground the library reproduces it, from the record's own
 * fields (never more than they say); the licence of the library's own work is in licence.ts.
 */
import type { CaseData, DocType } from '../schemas/case.ts';
import { formatPartialDate } from './formatDate.ts';

/** On what ground each kind of source is reproduced: a public document, a published article or speech. */
const reproducedAs: Record<DocType, string> = {
	'policy-document': '这份公开发布的政策文件',
	'case-report': '这篇公开发表的文章',
	'experience-article': '这篇公开发表的文章',
	'conference-speech': '这篇公开发表的会议发言',
};

/** Whose a record's source text is, from its own fields, and on what ground the library reproduces it. */
export interface SourceRights {
	/** The source's parties as the record names them: 作者/发言单位, 发布, 转载 (in that order), each label and value. */
	parties: { label: string; value: string }[];
	/** True when the source names no author. */
	authorUnknown: boolean;
	/** What the source is, as the reason it is reproduced (这份公开发布的政策文件 …). */
	reproducedAs: string;
}

/** The rights facts of a record: never more than its fields say. */
export function sourceRights(data: Pick<CaseData, 'author' | 'outlet' | 'reposted' | 'docType'>): SourceRights {
	const parties = [
		data.author && { label: data.docType === 'conference-speech' ? '发言单位' : '作者', value: data.author },
		data.outlet && { label: '发布', value: data.outlet },
		data.reposted && { label: '转载', value: `${data.reposted.by}（${formatPartialDate(data.reposted.date)}）` },
	].filter((p): p is { label: string; value: string } => Boolean(p));
	return { parties, authorUnknown: data.author === undefined, reproducedAs: reproducedAs[data.docType] };
}
