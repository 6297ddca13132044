import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';

/**
 * Writes the Pagefind index into the build output (as Starlight does in `astro:build:done`).
 * Only elements marked `data-pagefind-body` (record texts) are indexed.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'library:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex();
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
				logger.info(`Pagefind indexed ${added.page_count} pages`);
			},
		},
	};
}
