import type { AstroIntegration } from 'astro';
import { checkLibrary } from '../lib/checkLibrary.ts';
import { contentDir } from '../lib/contentDir.ts';
import { readContent } from '../lib/readContent.ts';
import { verifyEditions } from '../lib/verifyEditions.ts';

/**
 * Fails the build when content cannot be trusted: an edition that differs from its archive under its
 * rules, a reference that does not resolve, a quote that is not in the body. Messages name the file
 * and the field.
 */
export function editionCheck(): AstroIntegration {
	return {
		name: 'library:edition-check',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				const problems: string[] = [];
				const { library, problems: schemaProblems } = readContent(contentDir);
				problems.push(...schemaProblems, ...checkLibrary(library));
				for (const report of await verifyEditions(contentDir)) if (report.problem) problems.push(report.problem);
				if (problems.length) throw new Error(`Content check failed:\n- ${problems.join('\n- ')}`);
				const facts = library.cases.reduce((n, c) => n + c.data.facts.length, 0);
				logger.info(`${library.cases.length} records faithful to their sources; ${facts} facts quoted from their bodies`);
			},
		},
	};
}
