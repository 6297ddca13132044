/**
 * Whether an `.mdx` file's body uses anything that only MDX understands: an import or export line, a
 * JSX tag (or HTML, which MDX reads as JSX) or a `{expression}`; or an image, which Astro's pipeline
 * must process. Such a body must be compiled as MDX; any other body renders the same through the
 * Markdown processor. Errs towards MDX: a `<` or `{` in a
 * code span counts too, which only costs that record the slower path.
 */
export function usesMdxSyntax(contents: string): boolean {
	const body = contents.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
	return /^(?:import|export)\s/m.test(body) || /<[A-Za-z/>!]/.test(body) || body.includes('{') || body.includes('![');
}
