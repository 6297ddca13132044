/** The glossary as pages use it: each term with its concordance over the record bodies. */
import { getCollection } from 'astro:content';
import { concordance, countByRecord, type ConcordanceLine } from '../lib/concordance.ts';
import { bodyBlocks } from '../lib/edition.ts';
import type { TermData } from '../schemas/term.ts';
import { getCaseRecords } from './library.ts';

export interface GlossaryTerm {
	id: string;
	data: TermData;
	/** The term and its aliases. */
	forms: string[];
	lines: ConcordanceLine[];
	counts: Map<string, number>;
}

let cache: Promise<GlossaryTerm[]> | undefined;

export function getGlossary(): Promise<GlossaryTerm[]> {
	cache ??= load();
	return cache;
}

async function load(): Promise<GlossaryTerm[]> {
	const [terms, records] = await Promise.all([getCollection('terms'), getCaseRecords()]);
	const sources = records.map((r) => ({ id: r.id, title: r.data.title, blocks: bodyBlocks(r.entry.body ?? '') }));
	return terms.map((t) => {
		const forms = [t.data.term, ...t.data.aliases];
		const lines = concordance(sources, forms);
		return { id: t.id, data: t.data, forms, lines, counts: countByRecord(lines) };
	});
}
