/**
 * The tokens that make Pagefind an exact substring engine for Chinese. One pure module for the index
 * build (scripts/build-search-index.ts) and the browser (src/browser/searchClient.ts).
 *
 * Pagefind matches words; Chinese has no spaces, and its segmenter cuts terms differently at index
 * and query time (大工委, 三会一课 went missing). So every run of word characters becomes overlapping
 * bigrams plus the run's last character (双报到 → `双报 报到 到`), and a query word becomes the quoted
 * phrase of its bigrams (`"双报 报到"`): Pagefind's exact mode matches only consecutive positions, so a
 * record matches exactly when its text contains the word (the Lucene CJK-bigram approach). A one-
 * character word is a quoted single token; every distinct character of a record is indexed once as a
 * presence token so that it always exists. The indexed content is kept by Pagefind in each record's
 * fragment, so the browser decodes the text (the first character of each token) for excerpts and
 * paragraph hits without any other download.
 */

/**
 * Characters besides letters and digits that belong to words (Pagefind's `includeCharacters`): they
 * occur inside figures and names (1.4万, 6+2, 95%). Never `"`: it delimits Pagefind's phrases.
 */
export const includeCharacters = '+.%';

/**
 * The language the index is built and searched in: undetermined, so Pagefind neither segments nor
 * stems (with `zh`, its segmenter would split the bigrams again).
 */
export const indexLanguage = 'und';

const wordCharacter = /^[\p{L}\p{N}+.%]$/u;

/** True when the character belongs to words (letters, digits and `includeCharacters`). */
export function isWordCharacter(c: string): boolean {
	return wordCharacter.test(c);
}

// Items of the stored content that are never words: Pagefind indexes letters, digits and
// includeCharacters only, so these private-use characters vanish from its index but stay in the
// fragment, where the decoder reads them.
const SPACE = '\uE000';
const PARAGRAPH = '\uE001';
const FIELD = '\uE002';
const PRESENCE = '\uE003';
const DIGIT_ZERO = 0xe010;

/** A number written with private-use digits (never indexed). */
function hiddenNumber(n: number): string {
	return Array.from(String(n), (d) => String.fromCharCode(DIGIT_ZERO + Number(d))).join('');
}

function readHiddenNumber(text: string): number {
	return Number(Array.from(text, (c) => String(c.charCodeAt(0) - DIGIT_ZERO)).join(''));
}

/**
 * A character as searched: its compatibility form when that is one word character (full-width Ｘ１ →
 * X1, ① → 1); otherwise itself (㎡ stays ㎡, not m2). The index, the query and the matching of decoded
 * text all fold alike, so a query copied from the text always finds it.
 */
function foldCharacter(c: string): string {
	const folded = c.normalize('NFKC');
	return Array.from(folded).length === 1 && isWordCharacter(folded) ? folded : c;
}

/** Private-use characters that are our markers (below); one in a text is replaced, never read as one. */
const markerRange = /[\uE000-\uE01F]/u;

/** The tokens of one run of word characters: its bigrams, then its last character. */
function runTokens(run: string[]): string[] {
	const tokens: string[] = [];
	for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i]! + run[i + 1]!);
	if (run.length) tokens.push(run.at(-1)!);
	return tokens;
}

/**
 * A text as content items: the tokens of each run of word characters, each run of other characters
 * verbatim as one item, and whitespace as SPACE. Joined by spaces, this is what Pagefind indexes.
 */
export function textItems(text: string): string[] {
	const items: string[] = [];
	let run: string[] = [];
	let other = '';
	const flushRun = () => {
		items.push(...runTokens(run));
		run = [];
	};
	const flushOther = () => {
		if (other) items.push(other);
		other = '';
	};
	for (const raw of text) {
		const c = markerRange.test(raw) ? '\uFFFD' : foldCharacter(raw);
		if (isWordCharacter(c)) {
			flushOther();
			run.push(c);
		} else if (/\s/u.test(c)) {
			flushRun();
			flushOther();
			if (items.at(-1) !== SPACE) items.push(SPACE);
		} else {
			flushRun();
			other += c;
		}
	}
	flushRun();
	flushOther();
	return items;
}

/** What a record is searched in: metadata fields (by position in a fixed list) and numbered paragraphs. */
export interface SearchableText {
	/** Metadata texts (title, series …), in the order of the caller's field list; empty for absent fields. */
	fields: string[];
	/** Body paragraphs and headings, numbered as their ¶ anchors. */
	paragraphs: { n: number; text: string }[];
}

/**
 * The content Pagefind indexes for a record: fields, paragraphs, then one presence token per distinct
 * word character. Each field and paragraph starts with a marker item, which also keeps a phrase from
 * running across a boundary.
 */
export function encodeSearchContent(record: SearchableText): string {
	const items: string[] = [];
	const ending = new Set<string>();
	const add = (text: string) => {
		for (const item of textItems(text)) {
			items.push(item);
			if (Array.from(item).length === 1 && isWordCharacter(item)) ending.add(item);
		}
	};
	record.fields.forEach((text, i) => {
		if (!text) return;
		items.push(FIELD + hiddenNumber(i));
		add(text);
	});
	for (const p of record.paragraphs) {
		items.push(PARAGRAPH + hiddenNumber(p.n));
		add(p.text);
	}
	const characters = new Set<string>();
	for (const item of items) for (const c of item) if (isWordCharacter(c) && !ending.has(c)) characters.add(c);
	if (characters.size) items.push(PRESENCE, ...characters);
	return items.join(' ');
}

/** Reads the text back from indexed content (a fragment's `content`). */
export function decodeSearchContent(content: string): SearchableText {
	const fields: string[] = [];
	const paragraphs: { n: number; text: string }[] = [];
	let append: (text: string) => void = () => {};
	for (const item of content.split(' ')) {
		if (!item) continue;
		const first = item[0]!;
		if (item === PRESENCE) break;
		if (first === FIELD) {
			const i = readHiddenNumber(item.slice(1));
			fields[i] = '';
			append = (text) => (fields[i] += text);
		} else if (first === PARAGRAPH) {
			const paragraph = { n: readHiddenNumber(item.slice(1)), text: '' };
			paragraphs.push(paragraph);
			append = (text) => (paragraph.text += text);
		} else if (item === SPACE) append(' ');
		else {
			const chars = Array.from(item);
			append(chars.every(isWordCharacter) ? chars[0]! : item);
		}
	}
	for (let i = 0; i < fields.length; i++) fields[i] ??= '';
	return { fields, paragraphs };
}

/**
 * A query as words: folded like the text (full-width Latin and digits to half-width, case), split at
 * every character that is not a word character (spaces, Chinese and ASCII punctuation and quotation
 * marks), duplicates removed. Punctuation is never searched as part of a word.
 */
export function queryWords(query: string): string[] {
	const words = foldText(query)
		.split(/[^\p{L}\p{N}+.%]+/u)
		.filter(Boolean);
	return [...new Set(words)];
}

/** The tokens a word is looked up by: its bigrams, or itself when it is one character. */
export function wordTokens(word: string): string[] {
	const chars = Array.from(word);
	if (chars.length <= 1) return chars;
	return runTokens(chars).slice(0, -1);
}

/** The Pagefind query for one word: the quoted phrase of its tokens (exact, consecutive positions). */
export function phraseQuery(word: string): string {
	return `"${wordTokens(word).join(' ')}"`;
}

/** Text folded for matching (each character as searched, then lower case): the same fold as queries. */
export function foldText(text: string): string {
	let out = '';
	for (const c of text) {
		const code = c.codePointAt(0)!;
		// ASCII and the common CJK ideographs have no compatibility form: skip the normalisation (hot path).
		out += code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) ? c : foldCharacter(c);
	}
	return out.toLowerCase();
}

/**
 * Drops forms that contain another form of the same group: a text containing 大工委制 contains 大工委,
 * so searching 大工委 alone finds the same records with one search fewer.
 */
export function minimalForms(forms: string[]): string[] {
	return forms.filter((form, i) => !forms.some((other, j) => j !== i && form.includes(other) && (form !== other || j < i)));
}
