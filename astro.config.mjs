// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { editionCheck } from './src/integrations/editionCheck.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentDir } from './src/lib/contentDir.ts';
import { rehypeParagraphAnchors } from './src/lib/rehypeParagraphAnchors.ts';
import { rehypeTermLinks } from './src/lib/rehypeTermLinks.ts';
import { readLinkableTerms } from './src/lib/readContent.ts';

export default defineConfig({
	// The public address, for canonical URLs, the sitemap and absolute links in the open data. Set
	// SITE_URL when deploying; the default is where `npm start` serves the site.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Tests build bad-content fixtures into temporary folders.
	outDir: process.env.LIBRARY_OUT_DIR ?? './dist',
	cacheDir: process.env.LIBRARY_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// The unified processor (not Astro 7's default Sätteri) so our rehype plugins run.
		// gfm: remark-gfm inside the processor. smartypants off: it would rewrite the sources' punctuation.
		// Term links come after the anchors (they skip the ¶ links). Changing content/terms.yaml needs a
		// fresh content cache (`astro build --force` or removing node_modules/.astro) to relink the texts.
		processor: unified({
			gfm: true,
			smartypants: false,
			rehypePlugins: [rehypeParagraphAnchors, [rehypeTermLinks, { terms: readLinkableTerms(contentDir) }]],
		}),
	},
	// Pagefind is not the site's search engine (see README, "Search"); its index is built only when
	// LIBRARY_PAGEFIND=1, for scripts/measure-pagefind.ts, which measures it against our term list.
	integrations: [editionCheck(), mdx(), sitemap(), ...(process.env.LIBRARY_PAGEFIND === '1' ? [pagefind()] : [])],
	devToolbar: { enabled: false },
});
