/**
 * The faithful edition: how an archived source becomes a record's body, and how we prove it did.
 *
 * An edition is derived from its archive by written rules only (script conversion, listed removals,
 * listed replacements, one punctuation convention). The record's MDX body may add structure
 * (heading markers, bold lead-ins) but no words: `bodyBlocks` strips that structure again so the
 * two can be compared block by block.
 */
import * as OpenCC from 'opencc-js/t2cn';

/** One editorial step. Every step states why it exists; a step that no longer matches is an error. */
export type EditionStep =
	| {
			/** Remove every line equal to one of these (after trimming). Each must occur at least once. */
			op: 'removeLines';
			lines: string[];
			reason: string;
	  }
	| {
			/** Replace a literal string; `count` is how often it must occur (default 1). */
			op: 'replace';
			find: string;
			replace: string;
			count?: number;
			reason: string;
	  }
	| {
			/**
			 * Replace every match of a regular expression (always global, `u` flag); `count` is how many
			 * matches there must be, so a rule never silently does more or less than it says.
			 */
			op: 'replacePattern';
			pattern: string;
			replace: string;
			count: number;
			reason: string;
	  }
	| {
			/**
			 * Start a new paragraph before each of these texts (each must occur exactly once). Structure
			 * only: no character is added or removed, so the words stay the archive's.
			 */
			op: 'breakBefore';
			texts: string[];
			reason: string;
	  }
	| {
			/** Keep only the text from the first line starting with `from` up to (excluding) the line starting with `until`. */
			op: 'keepBetween';
			from: string;
			until?: string;
			reason: string;
	  };

export interface EditionRules {
	/** Archive file name in `content/sources/`. */
	source: string;
	/** Id of the case record whose body this edition is. */
	record: string;
	/** Script of the archive: traditional sources are converted with OpenCC `tw` → `cn` before any step. */
	script: 'simplified' | 'traditional';
	/** Steps, applied in order to the converted text (so they are written in simplified script). */
	steps: EditionStep[];
}

let twToCn: ((text: string) => string) | undefined;

/** OpenCC Taiwan → mainland conversion (turns 著 into 着 where `hk` would not). */
export function toSimplified(text: string): string {
	twToCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
	return twToCn(text);
}

/**
 * The library's punctuation convention: the sources store full-width Chinese punctuation as ASCII;
 * the editions print it full-width ，：；（）？！ except inside numbers (1,000 / 15:29).
 * `%` stays half-width after digits, as in modern mainland typesetting.
 */
export function normalisePunctuation(text: string): string {
	return text
		.replace(/(?<!\d),|,(?!\d{3}(?!\d))/g, '，')
		.replace(/(?<!\d):|:(?!\d)/g, '：')
		.replace(/;/g, '；')
		.replace(/\(/g, '（')
		.replace(/\)/g, '）')
		.replace(/\?/g, '？')
		.replace(/!/g, '！');
}

export class EditionRuleError extends Error {}

function countOccurrences(text: string, find: string): number {
	if (find === '') return 0;
	let count = 0;
	for (let at = text.indexOf(find); at !== -1; at = text.indexOf(find, at + find.length)) count++;
	return count;
}

function applyStep(text: string, step: EditionStep, source: string): string {
	switch (step.op) {
		case 'removeLines': {
			const lines = text.split('\n');
			for (const line of step.lines) {
				if (!lines.some((l) => l.trim() === line))
					throw new EditionRuleError(`${source}: removeLines: line not found: ${line}`);
			}
			const drop = new Set(step.lines);
			return lines.filter((l) => !drop.has(l.trim())).join('\n');
		}
		case 'replace': {
			const expected = step.count ?? 1;
			const found = countOccurrences(text, step.find);
			if (found !== expected)
				throw new EditionRuleError(
					`${source}: replace: expected ${expected} occurrence(s) of ${JSON.stringify(step.find)}, found ${found}`,
				);
			return text.split(step.find).join(step.replace);
		}
		case 'replacePattern': {
			const regex = new RegExp(step.pattern, 'gu');
			const found = text.match(regex)?.length ?? 0;
			if (found !== step.count)
				throw new EditionRuleError(`${source}: replacePattern: expected ${step.count} match(es) of /${step.pattern}/, found ${found}`);
			return text.replace(regex, step.replace);
		}
		case 'breakBefore': {
			let out = text;
			for (const find of step.texts) {
				const found = countOccurrences(out, find);
				if (found !== 1) throw new EditionRuleError(`${source}: breakBefore: expected 1 occurrence of ${JSON.stringify(find)}, found ${found}`);
				out = out.replace(find, `\n${find}`);
			}
			return out;
		}
		case 'keepBetween': {
			const lines = text.split('\n');
			const start = lines.findIndex((l) => l.trim().startsWith(step.from));
			if (start === -1) throw new EditionRuleError(`${source}: keepBetween: start not found: ${step.from}`);
			let end = lines.length;
			if (step.until !== undefined) {
				const until = step.until;
				end = lines.findIndex((l, i) => i > start && l.trim().startsWith(until));
				if (end === -1) throw new EditionRuleError(`${source}: keepBetween: end not found: ${until}`);
			}
			return lines.slice(start, end).join('\n');
		}
	}
}

/** Applies the rules to the archived text and returns the edition as plain-text blocks (one per paragraph or heading). */
export function applyEditionRules(archive: string, rules: EditionRules): string[] {
	let text = archive.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
	if (rules.script === 'traditional') text = toSimplified(text);
	for (const step of rules.steps) text = applyStep(text, step, rules.source);
	text = normalisePunctuation(text);
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** One block of a record body: its 1-based number (the ¶ number), plain text, and whether it is a heading. */
export interface BodyBlock {
	n: number;
	text: string;
	heading: boolean;
}

/** Removes the structure a body may add (heading markers, strong emphasis, MDX escapes), keeping the words. */
export function stripMarkup(block: string): string {
	return block
		.replace(/^#{1,6}\s+/, '')
		.replace(/\*\*/g, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
		.trim();
}

/** Splits an MDX/Markdown body into blocks (blank-line separated), numbered in source order. */
export function bodyBlocks(body: string): BodyBlock[] {
	return body
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((raw) => raw.trim())
		.filter((raw) => raw !== '')
		.map((raw, i) => ({ n: i + 1, text: stripMarkup(raw.replace(/\n/g, '')), heading: /^#{1,6}\s/.test(raw) }));
}

/**
 * Blocks that Markdown would render as something other than a paragraph or heading (a list, a quote,
 * a code block, a table, raw HTML). They would break the ¶ numbering, which counts paragraphs and
 * headings only, so a body may not contain them; the text must be escaped instead (\- , 1\. ).
 */
export function nonParagraphBlocks(body: string): string[] {
	return body
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((raw) => raw.trim())
		.filter((raw) => raw !== '' && /^(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|```|~~~|\||<|\t| {4})/.test(raw));
}

/** The first difference between the expected edition and a body, as a readable report; `undefined` when equal. */
export function diffEdition(expected: string[], actual: string[]): string | undefined {
	const length = Math.max(expected.length, actual.length);
	for (let i = 0; i < length; i++) {
		const want = expected[i];
		const got = actual[i];
		if (want === got) continue;
		if (want === undefined) return `block ${i + 1}: body has an extra block: ${got}`;
		if (got === undefined) return `block ${i + 1}: body is missing a block: ${want}`;
		const wantSentences = splitSentences(want);
		const gotSentences = splitSentences(got);
		for (let s = 0; s < Math.max(wantSentences.length, gotSentences.length); s++) {
			if (wantSentences[s] !== gotSentences[s])
				return `block ${i + 1}, sentence ${s + 1}:\n  source rules give: ${wantSentences[s] ?? '(nothing)'}\n  body has:          ${gotSentences[s] ?? '(nothing)'}`;
		}
	}
	return undefined;
}

/** Splits Chinese text after sentence-ending punctuation (keeping it). */
export function splitSentences(text: string): string[] {
	return text.match(/[^。！？；]+[。！？；]?[”’」』）]*/g) ?? [];
}
