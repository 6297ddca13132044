import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowCsp } from '../lib/narrowCsp.ts';

/** After the build, each page's CSP keeps only the hashes of its own inline code (src/lib/narrowCsp.ts). */
export function narrowCspIntegration(): AstroIntegration {
	return {
		name: 'library:narrow-csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const narrowed = narrowCsp(html);
					if (narrowed !== html) writeFileSync(path, narrowed);
					pages++;
				}
				logger.info(`CSP narrowed to each page's own inline code on ${pages} pages`);
			},
		},
	};
}
