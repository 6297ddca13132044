/**
 * The pure parts of search that are not tokens (those are src/lib/searchTokens.ts): which forms a query
 * word stands for, combining the per-word answers of the engine, where in a record the words occur,
 * excerpts, and links that land on the words. Shared by the browser client and the tests.
 */
import { foldText } from './searchTokens.ts';

/** A glossary term as the search knows it: its page and the simplified forms that mean it. */
export interface SearchTerm {
	id: string;
	term: string;
	/** The term and its aliases (simplified, folded), the term first. */
	forms: string[];
}

/**
 * Each query word with the forms it stands for: a glossary term or alias brings all its forms
 * (台帐 → 台账, 台帐) when aliases are on; any other word stands for itself.
 */
export function expandWords(words: string[], terms: SearchTerm[], useAliases: boolean): string[][] {
	return words.map((word) => {
		const term = useAliases ? terms.find((t) => t.forms.includes(word)) : undefined;
		return term ? [word, ...term.forms.filter((f) => f !== word)] : [word];
	});
}

/** The glossary terms the query names (a word equal to a term or one of its aliases). */
export function termsNamed(words: string[], terms: SearchTerm[]): SearchTerm[] {
	return terms.filter((t) => words.some((w) => t.forms.includes(w)));
}

/** A record the engine returned for one search: its id and score. */
export interface EngineHit {
	id: string;
	score: number;
}

/**
 * Combines per-word answers: within a word, the union of its forms' hits (best score); across words,
 * the intersection, scores summed. Ordered by `rank` (a record's position in a date sort) when given,
 * else by score, highest first: the forms' lists were each sorted alone, so their union needs it.
 */
export function combineHits(perWord: EngineHit[][][], rank?: Map<string, number>): EngineHit[] {
	const unions = perWord.map((forms) => {
		const best = new Map<string, EngineHit>();
		for (const hits of forms) for (const hit of hits) if ((best.get(hit.id)?.score ?? -Infinity) < hit.score) best.set(hit.id, hit);
		return [...best.values()];
	});
	if (unions.length === 0) return [];
	const [first, ...rest] = unions;
	const sets = rest.map((u) => new Map(u.map((h) => [h.id, h.score])));
	const combined = first!.filter((h) => sets.every((s) => s.has(h.id))).map((h) => ({ id: h.id, score: h.score + sets.reduce((sum, s) => sum + s.get(h.id)!, 0) }));
	const position = (id: string) => rank?.get(id) ?? Infinity;
	return combined.sort(rank ? (a, b) => position(a.id) - position(b.id) : (a, b) => b.score - a.score);
}

/** How often `word` occurs in `text` (non-overlapping, as a reader counts). */
export function countOccurrences(text: string, word: string): number {
	if (!word) return 0;
	let count = 0;
	for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
	return count;
}

/** A paragraph where query words occur, with how often each occurs. */
export interface ParagraphHit {
	n: number;
	counts: Record<string, number>;
}

/** Paragraphs containing at least one of the words, in page order. */
export function paragraphHits(paragraphs: { n: number; text: string }[], words: string[]): ParagraphHit[] {
	return paragraphs.flatMap((p) => {
		const text = foldText(p.text);
		const counts = Object.fromEntries(words.map((w) => [w, countOccurrences(text, w)]).filter(([, c]) => (c as number) > 0));
		return Object.keys(counts).length ? [{ n: p.n, counts }] : [];
	});
}

/** Positions of the fields (in their list) whose text contains one of the words. */
export function fieldsContaining(fields: string[], words: string[]): number[] {
	return fields.flatMap((text, i) => (text && words.some((w) => foldText(text).includes(w)) ? [i] : []));
}

/** Percent-encodes a text directive part, including the characters the directive syntax uses (- , &). */
function directivePart(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Context lengths tried around a word, shortest first (characters on each side). */
const contextLengths = [6, 12, 24, 48, Infinity];

/**
 * A link to paragraph `n` of a record that lands on the first occurrence of `word` in it and marks it:
 * `#p-N:~:text=prefix-,word,-suffix` (a URL text fragment). The browser marks the first match in the
 * page, so the context grows until the quoted span occurs in no text the page shows before this
 * occurrence: `before` (what precedes the record text: title, summary, fact quotes, headings …) and
 * the earlier paragraphs, given folded (`foldText`: a result folds them once for all its links).
 * Browsers without text fragments, or no unique span, use `#p-N`.
 */
export function paragraphLink(url: string, n: number, text: string, word: string, foldedBefore: string[] = []): string {
	const anchor = `${url}#p-${n}`;
	const folded = foldText(text);
	const at = folded.indexOf(word);
	if (at < 0 || folded.length !== text.length) return anchor;
	const exact = text.slice(at, at + word.length);
	const head = Array.from(text.slice(0, at));
	const tail = Array.from(text.slice(at + word.length));
	const earlier = foldedBefore;
	for (const length of contextLengths) {
		const prefix = head.slice(Math.max(0, head.length - length)).join('');
		const suffix = tail.slice(0, length).join('');
		const span = foldText(prefix + exact + suffix);
		if (earlier.some((t) => t.includes(span)) || folded.indexOf(span) !== at - prefix.length) continue;
		return `${anchor}:~:text=${prefix.trim() ? `${directivePart(prefix)}-,` : ''}${directivePart(exact)}${suffix.trim() ? `,-${directivePart(suffix)}` : ''}`;
	}
	return anchor;
}

/** A piece of an excerpt: text, marked when it is a query word. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}
/**
 * An excerpt around the first occurrence of any word in `text`, with every occurrence inside it marked:
 * `radius` characters before it and twice that from it on (readers read forward from the match).
 */
export function excerpt(text: string, searchWords: string[], radius = 40): ExcerptPart[] {
	const words = searchWords.filter(Boolean); // an empty word would match everywhere, forever
	const folded = foldText(text);
	// NFKC can change lengths only for characters a query would not contain in Chinese text; fall back to raw text then.
	const source = folded.length === text.length ? text : folded;
	const firsts = words.map((w) => folded.indexOf(w)).filter((i) => i >= 0);
	if (firsts.length === 0) return [{ text: source.slice(0, radius * 2), mark: false }];
	const first = Math.min(...firsts);
	const start = Math.max(0, first - radius);
	const end = Math.min(source.length, first + radius * 2);
	const parts: ExcerptPart[] = [];
	let at = start;
	while (at < end) {
		let next = -1;
		let word = '';
		for (const w of words) {
			const i = folded.indexOf(w, at);
			if (i !== -1 && i < end && (next === -1 || i < next || (i === next && w.length > word.length))) {
				next = i;
				word = w;
			}
		}
		if (next === -1) {
			parts.push({ text: source.slice(at, end), mark: false });
			break;
		}
		if (next > at) parts.push({ text: source.slice(at, next), mark: false });
		parts.push({ text: source.slice(next, next + word.length), mark: true });
		at = next + word.length;
	}
	if (start > 0) parts.unshift({ text: '…', mark: false });
	if (end < source.length) parts.push({ text: '…', mark: false });
	return parts;
}
