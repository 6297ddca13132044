/**
 * A plain record body (no MDX syntax, see src/loaders/recordLoader.ts) rendered to HTML when its page
 * renders, by the library's Markdown processor. Why not when the collection loads: the rendered HTML
 * would sit in Astro's content data store, which the build inlines as one module; at 5,000 records it
 * was 30% of that store and of the bundling's memory peak.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { contentDir } from '../lib/contentDir.ts';
import { recordMarkdownProcessor, recordSyntaxHighlight } from '../lib/recordMarkdown.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The HTML of a plain record body, as Astro's Markdown rendering would give it. */
export async function renderRecordHtml(body: string): Promise<string> {
	renderer ??= recordMarkdownProcessor(contentDir).createRenderer(recordSyntaxHighlight);
	return (await (await renderer).render(body, { frontmatter: {} })).code;
}
