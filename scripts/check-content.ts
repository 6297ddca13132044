/**
 * Validates the content folder outside Astro (schemas + references + quotes), for editors who want
 * an answer in a second rather than a build: node scripts/check-content.ts [content-dir]
 */
import { checkLibrary } from '../src/lib/checkLibrary.ts';
import { readContent } from '../src/lib/readContent.ts';

const { library, problems } = readContent(process.argv[2] ?? 'content');
problems.push(...checkLibrary(library));
for (const p of problems) console.error(`✗ ${p}`);
const facts = library.cases.reduce((n, c) => n + c.data.facts.length, 0);
console.log(`${library.cases.length} records, ${facts} facts, ${library.dimensions.length} dimensions: ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
