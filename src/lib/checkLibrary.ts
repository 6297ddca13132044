/**
 * Integrity checks Astro's loaders do not make: references that resolve, quotes that occur in the
 * body (and in exactly one paragraph), values that fit their dimension. Each problem names the file
 * and the field, so an editor can go straight to it.
 */
import type { CaseData } from '../schemas/case.ts';
import type { DimensionData } from '../schemas/dimension.ts';
import type { JurisdictionData } from '../schemas/jurisdiction.ts';
import type { TermData } from '../schemas/term.ts';
import type { CollectionName, EntryReference } from '../schemas/references.ts';
import { bodyBlocks, type BodyBlock } from './edition.ts';

export interface LoadedCase {
	id: string;
	/** Path of the source file, relative to the project root. */
	filePath: string;
	data: CaseData;
	body: string;
}

export interface LibraryInput {
	cases: LoadedCase[];
	jurisdictions: { id: string; filePath: string; data: JurisdictionData }[];
	dimensions: { id: string; data: DimensionData }[];
	themes: { id: string }[];
	events: { id: string }[];
	/** The glossary; absent in libraries that have none yet. */
	terms?: { id: string; filePath: string; data: TermData }[];
}

export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Where a quote lands: the one body block containing it, or why there is none. */
export type QuoteLocation = { block: BodyBlock } | { error: 'not-found' | 'ambiguous'; blocks: number[] };

/** Finds the single block whose text contains `quote`. */
export function locateQuote(blocks: BodyBlock[], quote: string): QuoteLocation {
	const hits = blocks.filter((b) => b.text.includes(quote));
	if (hits.length === 1) return { block: hits[0]! };
	return { error: hits.length === 0 ? 'not-found' : 'ambiguous', blocks: hits.map((b) => b.n) };
}

function quoteProblem(file: string, field: string, quote: string, location: QuoteLocation): string | undefined {
	if ('block' in location) return undefined;
	if (location.error === 'not-found') return `${file}: ${field}: quote not found in the body: “${quote}”`;
	return `${file}: ${field}: quote occurs in several paragraphs (¶${location.blocks.join(', ¶')}); quote more words: “${quote}”`;
}

/** True when `value` is printed in `quote` as a whole number: 792 is in 常住人口792万, 79 and 7.9 are not. */
function quotesNumber(quote: string, value: number): boolean {
	const printed = String(value).replace(/\./g, '\\.');
	return new RegExp(`(?<![\\d.])${printed}(?!\\d|\\.\\d)`).test(quote);
}

/** Returns every integrity problem of the library; an empty list means it can be built. */
export function checkLibrary(input: LibraryInput): string[] {
	const problems: string[] = [];
	const ids: Record<CollectionName, Set<string>> = {
		cases: new Set(input.cases.map((c) => c.id)),
		jurisdictions: new Set(input.jurisdictions.map((j) => j.id)),
		dimensions: new Set(input.dimensions.map((d) => d.id)),
		themes: new Set(input.themes.map((t) => t.id)),
		events: new Set(input.events.map((e) => e.id)),
		terms: new Set((input.terms ?? []).map((t) => t.id)),
	};
	const singular: Record<CollectionName, string> = {
		cases: 'case',
		jurisdictions: 'jurisdiction',
		dimensions: 'dimension',
		themes: 'theme',
		events: 'event',
		terms: 'term',
	};
	const checkRef = (file: string, field: string, ref: EntryReference | undefined) => {
		if (ref && !ids[ref.collection].has(ref.id))
			problems.push(`${file}: ${field}: unknown ${singular[ref.collection]} "${ref.id}" (not in ${ref.collection})`);
	};
	const dimensions = new Map(input.dimensions.map((d) => [d.id, d.data]));

	for (const j of input.jurisdictions) checkRef(j.filePath, `[${j.id}].parent`, j.data.parent);

	for (const c of input.cases) {
		const file = c.filePath;
		checkRef(file, 'jurisdiction', c.data.jurisdiction);
		c.data.themes.forEach((t, i) => checkRef(file, `themes[${i}]`, t));
		checkRef(file, 'event', c.data.event);
		const blocks = bodyBlocks(c.body);
		c.data.facts.forEach((fact, i) => {
			const field = `facts[${i}]`;
			checkRef(file, `${field}.dimension`, fact.dimension);
			const dimension = dimensions.get(fact.dimension.id);
			if (dimension?.kind === 'quantity' && typeof fact.value !== 'number')
				problems.push(`${file}: ${field}.value: "${fact.dimension.id}" is a quantity, so the value must be a number`);
			if (dimension?.kind === 'quantity' && fact.unit === undefined)
				problems.push(`${file}: ${field}.unit: "${fact.dimension.id}" is a quantity, so the fact needs a unit`);
			if (typeof fact.value === 'number' && !quotesNumber(fact.quote, fact.value))
				problems.push(`${file}: ${field}.value: ${fact.value} does not appear in its quote “${fact.quote}”`);
			const problem = quoteProblem(file, `${field}.quote`, fact.quote, locateQuote(blocks, fact.quote));
			if (problem) problems.push(problem);
		});
		c.data.figures.forEach((figure, i) => {
			const problem = quoteProblem(file, `figures[${i}].quote`, figure.quote, locateQuote(blocks, figure.quote));
			if (problem) problems.push(problem);
		});
		c.data.notThisPractice.forEach((decision, i) => {
			const field = `notThisPractice[${i}]`;
			checkRef(file, `${field}.dimension`, decision.dimension);
			const problem = quoteProblem(file, `${field}.quote`, decision.quote, locateQuote(blocks, decision.quote));
			if (problem) problems.push(problem);
			const keywords = dimensions.get(decision.dimension.id)?.keywords ?? [];
			if (keywords.length && !keywords.some((k) => decision.quote.includes(k)))
				problems.push(`${file}: ${field}.quote: has none of the keywords of "${decision.dimension.id}" (${keywords.join('、')})`);
		});
		c.data.editorialNotes.forEach((note, i) => {
			const problem = quoteProblem(file, `editorialNotes[${i}].quote`, note.quote, locateQuote(blocks, note.quote));
			if (problem) problems.push(problem);
		});
	}
	problems.push(...checkTerms(input));
	problems.push(...checkSilences(input));
	return problems;
}

/**
 * 未提及 must be true: a record whose body uses a dimension's keyword has a fact of that dimension,
 * or a reviewed `notThisPractice` entry for that dimension, or the check names the paragraph.
 */
export function checkSilences(input: LibraryInput): string[] {
	const problems: string[] = [];
	for (const c of input.cases) {
		const blocks = bodyBlocks(c.body);
		const stated = new Set(c.data.facts.map((f) => f.dimension.id));
		const reviewed = new Set(c.data.notThisPractice.map((d) => d.dimension.id));
		for (const { id, data } of input.dimensions) {
			if (stated.has(id) || reviewed.has(id)) continue;
			for (const keyword of data.keywords) {
				const block = blocks.find((b) => b.text.includes(keyword));
				if (!block) continue;
				const at = block.text.indexOf(keyword);
				const context = block.text.slice(Math.max(0, at - 12), at + keyword.length + 12);
				problems.push(
					`${c.filePath}: facts: dimension "${id}" (${data.label}) would show 未提及, but ¶${block.n} has “${keyword}”: …${context}… — add a fact with its quote, or a notThisPractice entry saying why it is not this practice`,
				);
				break;
			}
		}
	}
	return problems;
}

/** Glossary integrity: every term occurs in some record (unless a cross-reference), quoted definitions occur in their record. */
function checkTerms(input: LibraryInput): string[] {
	const problems: string[] = [];
	const terms = input.terms ?? [];
	const termIds = new Set(terms.map((t) => t.id));
	const themeIds = new Set(input.themes.map((t) => t.id));
	const texts = new Map(input.cases.map((c) => [c.id, bodyBlocks(c.body)]));
	const allText = [...texts.values()].flatMap((blocks) => blocks.map((b) => b.text)).join('\n');
	const seenForms = new Map<string, string>();
	for (const { id, filePath, data } of terms) {
		const at = `${filePath} [${id}]`;
		if (!themeIds.has(data.theme.id)) problems.push(`${at}: theme: unknown theme "${data.theme.id}"`);
		data.related.forEach((r, i) => {
			if (!termIds.has(r)) problems.push(`${at}: related[${i}]: unknown term "${r}"`);
		});
		for (const form of [data.term, ...data.aliases]) {
			const owner = seenForms.get(form);
			if (owner && owner !== id) problems.push(`${at}: aliases: "${form}" is already a form of term "${owner}"`);
			seenForms.set(form, id);
		}
		if (!data.crossReferenceOnly && ![data.term, ...data.aliases].some((form) => allText.includes(form)))
			problems.push(`${at}: term: "${data.term}" (or an alias) occurs in no record body; mark it crossReferenceOnly or remove it`);
		if (data.definition.kind === 'quoted') {
			const blocks = texts.get(data.definition.record);
			if (!blocks) problems.push(`${at}: definition.record: unknown case "${data.definition.record}"`);
			else {
				const problem = quoteProblem(at, 'definition.text', data.definition.text, locateQuote(blocks, data.definition.text));
				if (problem) problems.push(problem);
			}
		}
	}
	return problems;
}
