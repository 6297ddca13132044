/**
 * The Markdown processor of the library, defined once: astro.config.mjs uses it for everything Astro
 * renders (MDX bodies included), and src/data/recordHtml.ts renders plain record bodies with the same
 * processor at page time, so both paths give the same HTML.
 */
import { markdownConfigDefaults, unified, type MarkdownProcessor, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import { readLinkableTerms } from './readContent.ts';
import { rehypeParagraphAnchors } from './rehypeParagraphAnchors.ts';
import { rehypeTermLinks } from './rehypeTermLinks.ts';

/**
 * The unified processor (not Astro 7's default Sätteri) so our rehype plugins run. gfm: remark-gfm
 * inside the processor. smartypants off: it would rewrite the sources' punctuation. Term links come
 * after the anchors (they skip the ¶ links).
 */
export function recordMarkdownProcessor(contentDir: string): MarkdownProcessor<UnifiedResolvedOptions> {
	return unified({
		gfm: true,
		smartypants: false,
		rehypePlugins: [rehypeParagraphAnchors, [rehypeTermLinks, { terms: readLinkableTerms(contentDir) }]],
	});
}

/** Syntax highlighting as Astro's defaults (records carry no code; stated so both paths agree). */
export const recordSyntaxHighlight = {
	syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
	shikiConfig: markdownConfigDefaults.shikiConfig,
};
