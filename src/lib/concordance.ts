/**
 * Keyword in context: every occurrence of a term (or one of its aliases) across the record texts,
 * with its left and right context and the paragraph it is in. Made at build time from the bodies,
 * never kept by hand.
 */
import type { BodyBlock } from './edition.ts';
import { packPages } from './packPages.ts';

/** A record's text as the concordance reads it. */
export interface ConcordanceSource {
	id: string;
	title: string;
	blocks: BodyBlock[];
}

export interface ConcordanceLine {
	recordId: string;
	/** ¶ number of the paragraph (heading or paragraph) holding the occurrence. */
	paragraph: number;
	left: string;
	match: string;
	right: string;
}

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching any of the forms, longest first, so that where one form contains another
 * (兼职委员制 ⊃ 兼职委员) an occurrence is counted once, as the longer form.
 */
export function formsPattern(forms: string[]): RegExp {
	const unique = [...new Set(forms.filter(Boolean))].sort((a, b) => b.length - a.length);
	return new RegExp(unique.map(escapeRegExp).join('|'), 'gu');
}

/** Every occurrence of any of the forms in the records, in record and paragraph order. */
export function concordance(records: ConcordanceSource[], forms: string[], context = 16): ConcordanceLine[] {
	const pattern = formsPattern(forms);
	const lines: ConcordanceLine[] = [];
	for (const record of records)
		for (const block of record.blocks)
			for (const match of block.text.matchAll(pattern)) {
				const at = match.index;
				lines.push({
					recordId: record.id,
					paragraph: block.n,
					left: block.text.slice(Math.max(0, at - context), at),
					match: match[0],
					right: block.text.slice(at + match[0].length, at + match[0].length + context),
				});
			}
	return lines;
}

/** Occurrences per record, for the usage table and chart (records without any left out). */
export function countByRecord(lines: ConcordanceLine[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const line of lines) counts.set(line.recordId, (counts.get(line.recordId) ?? 0) + 1);
	return counts;
}

/** One page of a term's use: its records, their lines, and how many records come before it. */
export interface UsagePage {
	recordIds: string[];
	lines: ConcordanceLine[];
	first: number;
}

/**
 * A term's occurrences in pages of at most `maxRecords` records and `maxLines` lines, the records that
 * use it most first (ties in concordance order), each record's lines together in paragraph order. A
 * record with more lines than a page stands alone. A term used nowhere still has one (empty) page.
 */
export function usagePages(lines: ConcordanceLine[], maxRecords = 50, maxLines = 300): UsagePage[] {
	const linesOf = Map.groupBy(lines, (l) => l.recordId);
	const order = [...linesOf.keys()];
	const used = [...order].sort((a, b) => linesOf.get(b)!.length - linesOf.get(a)!.length || order.indexOf(a) - order.indexOf(b));
	const pages = packPages(used, (id) => linesOf.get(id)!.length, { maxItems: maxRecords, maxWeight: maxLines });
	let first = 0;
	const result = pages.map((recordIds) => {
		const page = { recordIds, lines: recordIds.flatMap((id) => linesOf.get(id)!), first };
		first += recordIds.length;
		return page;
	});
	return result.length ? result : [{ recordIds: [], lines: [], first: 0 }];
}
