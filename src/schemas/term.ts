import { z } from 'astro/zod';
import { kebabId, type ReferenceField } from './references.ts';

/** A definition quoted from a record that defines the term (the quote must occur in that record's body). */
const quotedDefinition = z.object({
	kind: z.literal('quoted'),
	/** Verbatim words of the record that define the term (e.g. 支部设置标准化、组织生活正常化…). */
	text: z.string().min(2),
	/** The record the definition is quoted from. */
	record: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
});

/** A definition written by the library's editors, marked as such on the page. */
const editorialDefinition = z.object({
	kind: z.literal('editorial'),
	/** The editors' definition, saying only what the sources support. */
	text: z.string().min(2),
});

/** The longest English gloss, in words (about a line and a half on a term page). */
export const maxGlossWords = 30;

/** A policy term of the glossary (`content/terms.yaml`). */
export const termSchema = (reference: ReferenceField) =>
	z.object({
		/** ASCII kebab-case id used in URLs (/terms/<id>/). */
		id: kebabId,
		/** The term as the sources write it (双报到). */
		term: z.string().min(1),
		/**
		 * A short English gloss written by the editors, for researchers who read Chinese slowly (双报到 →
		 * “dual reporting: Party organisations of units in the area report to the street and community, and
		 * working Party members to the community where they live”): a reading aid, not a standard
		 * translation, saying only what the definition and the records support. Required: every term's
		 * page and /data/terms.json show one. At most 30 words.
		 */
		gloss: z
			.string()
			.trim()
			.min(2)
			.refine((text) => text.split(/\s+/).length <= maxGlossWords, `at most ${maxGlossWords} words: a gloss is a short reading aid`),
		/** Variants that mean the same (台帐 for 台账, 兼职委员制, traditional forms); searched and counted with the term. */
		aliases: z.array(z.string().min(1)).default([]),
		/** Theme from `content/themes.yaml`. */
		theme: reference('themes'),
		/** Related glossary terms. */
		related: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
		/** Quoted from a record that defines it, or editorial. */
		definition: z.discriminatedUnion('kind', [quotedDefinition, editorialDefinition]),
		/** True for a term kept only as a cross-reference: it may occur in no record. */
		crossReferenceOnly: z.boolean().default(false),
	});

export type TermData = z.output<ReturnType<typeof termSchema>>;
