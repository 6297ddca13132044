/**
 * The English gloss of a glossary term (content/terms.yaml `gloss`) as the pages show it. A gloss opens
 * with its English rendering and a colon (“dual reporting: Party organisations of units …”): the term
 * page shows the whole gloss, the glossary's index only the rendering, so that the index stays a list
 * of terms a phone can scan (the whole glosses would triple its length).
 */

/** The rendering that opens a gloss, before its first colon; the whole gloss when it has none. */
export function glossHead(gloss: string): string {
	const colon = gloss.indexOf(': ');
	return colon > 0 ? gloss.slice(0, colon) : gloss;
}
