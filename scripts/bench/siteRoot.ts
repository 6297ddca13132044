/**
 * A throwaway site root for one benchmark build: a copy of the site's code (src/, public/, the
 * config files), node_modules linked, and the content to build in its own content/.
 *
 * Why not build from the project root with LIBRARY_CONTENT_DIR alone: Astro writes
 * `<root>/.astro/content-modules.mjs` (the list of MDX modules to bundle) for every build, and, when
 * the output folder lies outside the working directory, bundles into `<cwd>/.astro/.prerender/`. Two
 * builds of one root at once (a developer's `npm test` and this benchmark) overwrite each other's
 * files there and fail, or bundle the other's records. A root of its own keeps both apart. The root
 * sits under the project's `.bench/` (git-ignored) so that the output is inside the working
 * directory and Astro keeps its prerender bundle in the output folder. Pages that glob
 * `/content/sources/*.rules.ts` from the root see the synthetic rules, as the real site sees its own.
 *
 * Checked: the real content built this way and built in place gives byte-identical dist/ folders.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in scripts/bench/). */
export const projectRoot: string = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What the site's code consists of, copied into each benchmark root. */
const siteFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SiteRoot {
	root: string;
	contentDir: string;
	outDir: string;
	cacheDir: string;
	/** The environment astro.config.mjs reads (content, output and cache folders). */
	env: Record<string, string>;
	remove: () => void;
}

/** Makes a fresh root named after `label` under <project>/.bench/; the caller writes its content/. */
export function makeSiteRoot(label: string): SiteRoot {
	const parent = join(projectRoot, '.bench');
	mkdirSync(parent, { recursive: true });
	const root = mkdtempSync(join(parent, `${label}-`));
	for (const name of siteFiles) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	const contentDir = join(root, 'content');
	const outDir = join(root, 'dist');
	const cacheDir = join(root, 'cache');
	return {
		root,
		contentDir,
		outDir,
		cacheDir,
		env: { LIBRARY_CONTENT_DIR: contentDir, LIBRARY_OUT_DIR: outDir, LIBRARY_CACHE_DIR: cacheDir },
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
