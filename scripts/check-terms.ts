/**
 * Checks the policy-term glossary (content/terms.yaml) against its schema, the theme list and the
 * record texts, for editors who want an answer without a build:
 *
 *   node scripts/check-terms.ts [content-dir]
 *
 * Checks: every entry passes `termSchema`; its theme exists in themes.yaml; ids and terms are unique;
 * every related id exists (and is not the term itself); no alias repeats the term, another term or
 * another alias; the traditional (OpenCC cn → tw) form of the term and of each simplified alias is
 * listed when it differs; every term (or an alias) occurs in some record's text (title + body blocks) unless it is
 * `crossReferenceOnly` (which a term that does occur may not be); every quoted definition occurs
 * verbatim in one body block of the record it names. Prints counts; exits 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import * as OpenCC from 'opencc-js/cn2t';
import { bodyBlocks, toSimplified } from '../src/lib/edition.ts';
import { readContent, schemaProblems } from '../src/lib/readContent.ts';
import { plainReference } from '../src/schemas/references.ts';
import { termSchema, type TermData } from '../src/schemas/term.ts';

const dir = process.argv[2] ?? 'content';
const file = join(dir, 'terms.yaml');
const problems: string[] = [];
const warnings: string[] = [];
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

// Records: id → title + body blocks.
const { library, problems: contentProblems } = readContent(dir);
for (const p of contentProblems) problems.push(`content: ${p}`);
const records = library.cases.map((record) => {
	const blocks = bodyBlocks(record.body).map((block) => block.text);
	return { id: record.id, blocks, text: [record.data.title, ...blocks].join('\n') };
});
const recordById = new Map(records.map((record) => [record.id, record]));

const themeIds = new Set(
	(yaml.load(readFileSync(join(dir, 'themes.yaml'), 'utf8')) as { id: string }[]).map((theme) => theme.id),
);

// Entries: schema first; only valid entries go on to the content checks.
let raw: unknown;
try {
	raw = yaml.load(readFileSync(file, 'utf8'));
} catch (error) {
	console.error(`✗ ${file}: ${(error as Error).message}`);
	process.exit(1);
}
if (!Array.isArray(raw)) {
	console.error(`✗ ${file}: expected a list of terms`);
	process.exit(1);
}
const terms: TermData[] = [];
raw.forEach((entry: unknown, i) => {
	const label = `${file} [${i + 1}: ${String((entry as { id?: unknown } | null)?.id)}]`;
	const parsed = termSchema(plainReference).safeParse(entry);
	if (!parsed.success) problems.push(...schemaProblems(label, parsed.error));
	else terms.push(parsed.data);
});

// Uniqueness: ids, and every written form (term or alias) across the whole file.
const ids = new Map<string, number>();
const forms = new Map<string, string>(); // form → id of the entry that owns it
for (const t of terms) {
	ids.set(t.id, (ids.get(t.id) ?? 0) + 1);
	const own = [t.term, ...t.aliases];
	own.forEach((form, i) => {
		if (own.indexOf(form) !== i) problems.push(`${t.id}: "${form}" is listed twice (term/aliases)`);
		const owner = forms.get(form);
		if (owner !== undefined && owner !== t.id)
			problems.push(`${t.id}: "${form}" is already ${terms.find((o) => o.id === owner)?.term === form ? 'the term' : 'an alias'} of ${owner}`);
		else forms.set(form, t.id);
	});
}
for (const [id, n] of ids) if (n > 1) problems.push(`${id}: duplicate id (${n} entries)`);

// Per-entry checks.
const occurrences = new Map<string, Map<string, number>>(); // term id → record id → count
for (const t of terms) {
	if (!themeIds.has(t.theme.id)) problems.push(`${t.id}: theme "${t.theme.id}" is not in themes.yaml`);
	for (const rel of t.related) {
		if (rel === t.id) problems.push(`${t.id}: related lists the term itself`);
		else if (!ids.has(rel)) problems.push(`${t.id}: related id "${rel}" does not exist`);
	}
	if (new Set(t.related).size !== t.related.length) problems.push(`${t.id}: related lists an id twice`);

	// Only simplified forms are converted (cn → tw is not idempotent on traditional text: 鄰里 → 鄰裡).
	for (const form of [t.term, ...t.aliases].filter((f) => toSimplified(f) === f)) {
		const traditional = toTraditional(form);
		if (traditional !== form && traditional !== t.term && !t.aliases.includes(traditional))
			problems.push(`${t.id}: traditional form "${traditional}" of "${form}" is not among the aliases`);
	}

	const perRecord = new Map<string, number>();
	for (const record of records) {
		const n = countForms(record.text, [t.term, ...t.aliases]);
		if (n > 0) perRecord.set(record.id, n);
	}
	occurrences.set(t.id, perRecord);
	if (perRecord.size === 0 && !t.crossReferenceOnly)
		problems.push(`${t.id}: "${t.term}" (and its aliases) occurs in no record; fix it or mark crossReferenceOnly`);
	if (perRecord.size > 0 && !records.some((record) => record.blocks.some((block) => countForms(block, [t.term, ...t.aliases]) > 0)))
		warnings.push(`${t.id}: "${t.term}" occurs only in record titles, not in any body (the site's concordance reads bodies)`);
	if (perRecord.size > 0 && t.crossReferenceOnly)
		problems.push(`${t.id}: crossReferenceOnly, but "${t.term}" occurs in ${[...perRecord.keys()].join(', ')}`);

	if (t.definition.kind === 'quoted') {
		const record = recordById.get(t.definition.record);
		if (!record) problems.push(`${t.id}: quoted definition names unknown record "${t.definition.record}"`);
		else if (!record.blocks.some((block) => block.includes((t.definition as { text: string }).text)))
			problems.push(`${t.id}: quoted definition is not verbatim in one body block of ${record.id}: ${t.definition.text}`);
	}
}

/** Non-overlapping occurrences of any of the forms, preferring the longest form at each position. */
function countForms(text: string, list: string[]): number {
	const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
	let count = 0;
	for (let at = 0; at < text.length; ) {
		const hit = sorted.find((form) => text.startsWith(form, at));
		if (hit) {
			count++;
			at += hit.length;
		} else at++;
	}
	return count;
}

/** Pads to a display width, counting CJK and full-width characters as two columns. */
function pad(text: string, width: number): string {
	const used = [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1), 0);
	return text + ' '.repeat(Math.max(1, width * 2 - used));
}

// Report.
const quoted = terms.filter((t) => t.definition.kind === 'quoted').length;
const crossRefs = terms.filter((t) => t.crossReferenceOnly).length;
const short = (id: string) => id.replace(/^conference-2022-/, '').split('-')[0];
for (const t of terms) {
	const perRecord = occurrences.get(t.id)!;
	const total = [...perRecord.values()].reduce((a, b) => a + b, 0);
	const where = [...perRecord].map(([id, n]) => `${short(id)}×${n}`);
	console.log(`${t.id.padEnd(30)} ${pad(t.term, 16)} ${String(total).padStart(3)} in ${perRecord.size}: ${where.join(' ') || '(cross-reference only)'}`);
}
for (const w of warnings) console.error(`! ${w}`);
for (const p of problems) console.error(`✗ ${p}`);
console.log(
	`${terms.length} terms (${quoted} quoted, ${terms.length - quoted} editorial definitions; ${crossRefs} cross-reference only), ${records.length} records: ${problems.length} problem(s)`,
);
process.exit(problems.length ? 1 : 0);
