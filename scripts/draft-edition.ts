/**
 * Prints a first draft of a record body from its archive and rules: the edition's blocks with
 * heading markers for the numbering the sources use (一、 → ##, （一） → ###) and bold lead-ins for
 * 一是…。 paragraphs. The editor then reads it and pastes it under the frontmatter; verify-edition
 * keeps the words honest from then on.
 *
 *   node scripts/draft-edition.ts content/sources/000_c2cd04d92aac8273.rules.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEditionRules, type EditionRules } from '../src/lib/edition.ts';

const rulesPath = resolve(process.argv[2] ?? '');
const rules: EditionRules = (await import(pathToFileURL(rulesPath).href)).default;
const archive = readFileSync(resolve('content/sources', rules.source), 'utf8');

const draft = applyEditionRules(archive, rules).map((block) => {
	if (/^[一二三四五六七八九十]+、/.test(block) && block.length <= 40) return `## ${block}`;
	if (/^（[一二三四五六七八九十]+）/.test(block) && block.length <= 40) return `### ${block}`;
	const leadIn = block.match(/^([一二三四五六七八九十]+是[^。]{1,40})。/);
	if (leadIn) return `**${leadIn[1]}**${block.slice(leadIn[1]!.length)}`;
	return block;
});
console.log(draft.join('\n\n'));
