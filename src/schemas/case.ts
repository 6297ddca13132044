import { z } from 'astro/zod';
import { factSchema } from './fact.ts';
import { partialDate } from './partialDate.ts';
import type { ReferenceField } from './references.ts';

/** Document types, with the label the pages print. */
export const docTypes = {
	'case-report': '案例材料',
	'policy-document': '政策文件',
	'experience-article': '经验文章',
	'conference-speech': '会议发言',
} as const;
export type DocType = keyof typeof docTypes;

/** When the source says it was published; unknown parts stay unknown. */
const publishedSchema = z
	.object({
		/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when the source prints no date. */
		date: partialDate.nullable(),
		/** Time of day from the dateline (HH:MM), where printed. */
		time: z.string().regex(/^\d{2}:\d{2}$/).optional(),
		/** Why the date is unknown or what it refers to. Required when `date` is null. */
		note: z.string().min(1).optional(),
	})
	.refine((p) => p.date !== null || p.note !== undefined, {
		message: 'an unknown date needs a note saying what the source does (not) state',
		path: ['note'],
	});

/** Where the edition comes from. */
const sourceSchema = z.object({
	/** Archive file in `content/sources/`, kept byte for byte as received. */
	file: z.string().regex(/^[\w.-]+\.txt$/, 'the archive file name in content/sources/, e.g. 000_c2cd04d92aac8273.txt'),
	/** The original web address, only when known. Never reconstructed. */
	url: z.url().optional(),
});

/** Whether the archive carries the whole document. */
const completenessSchema = z
	.object({
		status: z.enum(['full', 'partial']),
		/** What is missing and why; required for partial records. */
		note: z.string().min(1).optional(),
	})
	.refine((c) => c.status === 'full' || c.note !== undefined, {
		message: 'a partial record needs a note saying what is missing',
		path: ['note'],
	});

/** An editor's remark on a passage (a typo, a fragment), anchored by a verbatim quote. */
const editorialNoteSchema = z.object({
	/** Verbatim words from the body the note is about. */
	quote: z.string().min(1),
	/** The remark. The body text itself is never changed. */
	note: z.string().min(1),
});

/**
 * A reviewed decision that a dimension's keyword in this record does not state that practice or
 * measure (大党委 named only as a goal elsewhere, a figure of another level …), so its cell stays 未提及.
 */
const notThisPracticeSchema = (reference: ReferenceField) =>
	z.object({
		/** The dimension whose keyword occurs. */
		dimension: reference('dimensions'),
		/** Verbatim words around the keyword, in one paragraph. */
		quote: z.string().min(2),
		/** Why this is not the dimension's practice or measure. */
		reason: z.string().min(1),
	});

/** A picture the source printed (not archived): its caption moved out of the running text. */
const figureSchema = z.object({
	/** The caption, verbatim from the archive (line breaks joined). */
	caption: z.string().min(1),
	/** Photo credit as printed (兰州市委组织部供图). */
	credit: z.string().min(1).optional(),
	/** Verbatim words of the paragraph the picture stood in, to place the caption. */
	quote: z.string().min(1),
});

/** Frontmatter of one case record, `content/cases/<id>.mdx`. */
export const caseSchema = (reference: ReferenceField) =>
	z.object({
		/** The source's own title, or an editorial one (then `titleIsEditorial: true`). */
		title: z.string().min(1),
		/** True when the source has no title and the library supplied one from the text's own words. */
		titleIsEditorial: z.boolean().default(false),
		/** Subtitle printed by the source. */
		subtitle: z.string().min(1).optional(),
		/** Collection or series the source belongs to (征集评选活动, 省委1+9文件之五 …). */
		series: z.string().min(1).optional(),
		/** The place whose practice this is. */
		jurisdiction: reference('jurisdictions'),
		/** Organisation credited as author or speaker (中共长沙市委组织部). */
		author: z.string().min(1).optional(),
		/** Where it was published (人民网-中国共产党新闻网). */
		outlet: z.string().min(1).optional(),
		/** Column or section of the outlet. */
		column: z.string().min(1).optional(),
		/** Editors credited by the outlet (责编). */
		editors: z.array(z.string().min(1)).optional(),
		/** Publication date at the precision the source gives. */
		published: publishedSchema,
		/** A later repost that the archive was taken from, when that is all the source dates. */
		reposted: z.object({ date: partialDate, by: z.string().min(1) }).optional(),
		/** What kind of document this is. */
		docType: z.enum(Object.keys(docTypes) as [DocType, ...DocType[]]),
		/** Themes from `content/themes.yaml`. */
		themes: z.array(reference('themes')).min(1),
		/** Editorial summary for cards and meta descriptions, at most 140 characters. */
		summary: z.string().min(1).max(140),
		/** Archive and original address. */
		source: sourceSchema,
		/** Whether the archive is the whole document. */
		completeness: completenessSchema,
		/** The event (conference) whose proceedings this record belongs to. */
		event: reference('events').optional(),
		/** Position of this speech in the source collection (1 = first), to list an event's speeches in source order. */
		eventOrder: z.number().int().positive().optional(),
		/** Pictures the source printed, whose captions were moved out of the text by an editorial rule. */
		figures: z.array(figureSchema).default([]),
		/** Editorial notes on passages; the text itself stays as the source has it. */
		editorialNotes: z.array(editorialNoteSchema).default([]),
		/** Structured facts, each with the verbatim quote it comes from. */
		facts: z.array(factSchema(reference)).default([]),
		/** Reviewed keyword occurrences that are not the dimension's practice (their cells stay 未提及). */
		notThisPractice: z.array(notThisPracticeSchema(reference)).default([]),
	});

export type CaseData = z.output<ReturnType<typeof caseSchema>>;
