import type { AstroIntegration } from 'astro';

/**
 * Says loudly when a build has no public address (SITE_URL): its canonical links, citations and open
 * data then carry site-relative paths (what a reader copies gets the address the page was served from),
 * and it has no sitemap, which needs absolute URLs. Never a guessed host such as localhost.
 */
export function siteAddress(site: string | undefined): AstroIntegration {
	const warning = [
		'SITE_URL is not set: this build has no public address.',
		'Canonical links, citations (GB/T 7714, RIS, BibTeX, CSL-JSON) and /data/ carry site-relative paths, and there is no sitemap.',
		'Set it when deploying: SITE_URL=https://your.host npm run build',
	];
	return {
		name: 'library:site-address',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!site) for (const line of warning) logger.warn(line);
			},
			'astro:build:done': ({ logger }) => {
				if (!site) logger.warn(warning[0]!);
				else logger.info(`public address: ${site}`);
			},
		},
	};
}
