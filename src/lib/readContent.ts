/**
 * Reads the content folder the way the site's collections do, outside Astro: for scripts
 * (verify-edition) and tests (bad-content fixtures). Uses the same schemas and the same checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { caseSchema } from '../schemas/case.ts';
import { dimensionSchema } from '../schemas/dimension.ts';
import { eventSchema } from '../schemas/event.ts';
import { termSchema } from '../schemas/term.ts';
import { jurisdictionSchema } from '../schemas/jurisdiction.ts';
import { plainReference } from '../schemas/references.ts';
import { themeSchema } from '../schemas/theme.ts';
import type { LibraryInput, LoadedCase } from './checkLibrary.ts';
import { parseDataFile } from './parseDataFile.ts';

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string, filePath: string): { frontmatter: unknown; body: string } {
	const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
	if (!match) throw new Error(`${filePath}: no frontmatter block`);
	return { frontmatter: yaml.load(match[1]!), body: match[2]! };
}

/** Formats zod issues as "file: field: message" lines, like the build prints them. */
export function schemaProblems(filePath: string, error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
	return error.issues.map((issue) => `${filePath}: ${formatPath(issue.path) || '(frontmatter)'}: ${issue.message}`);
}

function formatPath(path: PropertyKey[]): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Loads and validates every collection under `dir`; returns the library and all schema problems. */
export function readContent(dir: string): { library: LibraryInput; problems: string[] } {
	const problems: string[] = [];
	const cases: LoadedCase[] = [];
	for (const name of readdirSync(join(dir, 'cases')).filter((n) => n.endsWith('.mdx')).sort()) {
		const filePath = join(dir, 'cases', name);
		const { frontmatter, body } = splitFrontmatter(readFileSync(filePath, 'utf8'), filePath);
		const parsed = caseSchema(plainReference).safeParse(frontmatter);
		if (parsed.success) cases.push({ id: name.replace(/\.mdx$/, ''), filePath, data: parsed.data, body });
		else problems.push(...schemaProblems(filePath, parsed.error));
	}
	const readData = <T>(name: string, parse: (raw: unknown) => { success: true; data: T } | { success: false; error: any }) => {
		const filePath = join(dir, name);
		const out: { id: string; filePath: string; data: T }[] = [];
		let entries: Record<string, unknown>[];
		try {
			entries = parseDataFile(filePath)(readFileSync(filePath, 'utf8'));
		} catch (error) {
			problems.push((error as Error).message);
			return out;
		}
		for (const entry of entries) {
			const parsed = parse(entry);
			if (parsed.success) out.push({ id: String(entry.id), filePath, data: parsed.data });
			else problems.push(...schemaProblems(`${filePath} [${String(entry.id)}]`, parsed.error));
		}
		return out;
	};
	const library: LibraryInput = {
		cases,
		jurisdictions: readData('jurisdictions.yaml', (raw) => jurisdictionSchema(plainReference).safeParse(raw)),
		dimensions: readData('dimensions.yaml', (raw) => dimensionSchema.safeParse(raw)),
		themes: readData('themes.yaml', (raw) => themeSchema.safeParse(raw)),
		events: readData('events.yaml', (raw) => eventSchema.safeParse(raw)),
		terms: existsSync(join(dir, 'terms.yaml')) ? readData('terms.yaml', (raw) => termSchema(plainReference).safeParse(raw)) : [],
	};
	return { library, problems };
}

/** The glossary's terms and aliases, for the Markdown pipeline's term links (read once, at config time). */
export function readLinkableTerms(dir: string): { id: string; forms: string[] }[] {
	const filePath = join(dir, 'terms.yaml');
	if (!existsSync(filePath)) return [];
	const entries = yaml.load(readFileSync(filePath, 'utf8'));
	if (!Array.isArray(entries)) return [];
	return entries.flatMap((entry: { id?: unknown; term?: unknown; aliases?: unknown }) =>
		typeof entry?.id === 'string' && typeof entry.term === 'string'
			? [{ id: entry.id, forms: [entry.term, ...(Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string') : [])] }]
			: [],
	);
}
