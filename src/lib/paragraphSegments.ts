/**
 * A rendered record body cut after each numbered paragraph (`<p id="p-N">`, from rehypeParagraphAnchors),
 * so the page can put that paragraph's citation right after it (ParagraphCitation) in a body rendered to
 * HTML at load time, as CitedParagraph does for a body compiled as MDX.
 */
export interface BodySegment {
	/** HTML, ending with the paragraph when `paragraph` is set. */
	html: string;
	/** The numbered paragraph this segment ends with. */
	paragraph?: { id: string; n: number };
}

/** Paragraphs never nest, so the first `</p>` after the opening tag closes it. */
const numberedParagraph = /<p id="(p-(\d+))"[^>]*>[\s\S]*?<\/p>/g;

/** `html` in segments, each numbered paragraph ending one; the rest (headings, lists, tail) kept in order. */
export function splitAfterParagraphs(html: string): BodySegment[] {
	const segments: BodySegment[] = [];
	let start = 0;
	for (const match of html.matchAll(numberedParagraph)) {
		const end = match.index + match[0].length;
		segments.push({ html: html.slice(start, end), paragraph: { id: match[1]!, n: Number(match[2]) } });
		start = end;
	}
	if (start < html.length) segments.push({ html: html.slice(start) });
	return segments;
}
