// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildShareOutput } from './src/integrations/buildShare.ts';
import { correctionChannel } from './src/integrations/correctionChannel.ts';
import { editionCheck } from './src/integrations/editionCheck.ts';
import { narrowCspIntegration } from './src/integrations/narrowCsp.ts';
import { openDataFiles } from './src/integrations/openDataFiles.ts';
import { recordHistories } from './src/integrations/recordHistory.ts';
import { siteAddress } from './src/integrations/siteAddress.ts';
import { parseBuildShare, rendersLibrary } from './src/lib/buildPartition.ts';
import { contentDir } from './src/lib/contentDir.ts';
import { recordMarkdownProcessor, recordSyntaxHighlight } from './src/lib/recordMarkdown.ts';

// The public address, for canonical URLs, the sitemap, citations and absolute links in the open data.
// Set SITE_URL when deploying. Without it the build says so and writes site-relative paths, never a
// guessed host (src/integrations/siteAddress.ts).
const site = process.env.SITE_URL || undefined;
// Where readers report errors and rights holders ask for removal: an issue tracker ({id}, {url}, {title}
// filled in per record) and/or an address. Unset, record pages show no channel (src/lib/correctionChannel.ts).
const corrections = { CORRECTIONS_URL: process.env.CORRECTIONS_URL, CORRECTIONS_EMAIL: process.env.CORRECTIONS_EMAIL };
// Unset, one build makes the whole site. A library beyond one machine's reach builds in shares: one per
// partition of the records and one for the pages that span the library (src/lib/buildPartition.ts,
// scripts/build-partitioned.ts).
const share = parseBuildShare(process.env.LIBRARY_PARTITION, process.env.LIBRARY_PARTITIONS);

export default defineConfig({
	...(site ? { site } : {}),
	// Tests build bad-content fixtures into temporary folders.
	outDir: process.env.LIBRARY_OUT_DIR ?? './dist',
	cacheDir: process.env.LIBRARY_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Stylesheets and scripts as files, never inlined: the CSP then allows them by origin ('self'), and
	// no page carries the hashes of inline code (Astro lists every page's hashes on every page).
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	markdown: {
		// The unified processor with our rehype plugins (paragraph anchors, term links); plain record bodies
		// render through the same processor at page time (src/data/recordHtml.ts). Changing
		// content/terms.yaml needs a fresh content cache (`astro build --force`) to relink MDX bodies.
		processor: recordMarkdownProcessor(contentDir),
		...recordSyntaxHighlight,
	},
	// The search index is written after the build, by scripts/build-search-index.ts (`npm run build` runs it).
	// The sitemap needs absolute URLs: only with a public address. openDataFiles gzips the bulk downloads
	// of /data/ and writes their sizes into that page. recordHistories reads every record's revision
	// history from one git log.
	integrations: [
		siteAddress(site),
		correctionChannel(corrections),
		editionCheck(),
		recordHistories(),
		mdx(),
		...(site ? [sitemap({ filter: (page) => !page.includes('/search/records/') })] : []),
		narrowCspIntegration(),
		...(rendersLibrary(share) ? [openDataFiles()] : []),
		// Last: after the sitemap, before nothing else touches the output.
		buildShareOutput(share),
	],
	devToolbar: { enabled: false },
	// A strict Content Security Policy in every page's <meta>: scripts and styles only by their hashes
	// (Astro computes them), nothing from other origins, no inline script or style attributes.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			styleDirective: { resources: ["'self'"] },
			// 'wasm-unsafe-eval' for Pagefind's WebAssembly; narrowCsp keeps it only on pages marked
			// data-uses-wasm (the search page).
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
