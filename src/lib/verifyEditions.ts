/**
 * Proves every record body equals its archived source under its written editorial rules.
 * Shared by `scripts/verify-edition.ts`, the build integration and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEditionRules, bodyBlocks, diffEdition, nonParagraphBlocks, type EditionRules } from './edition.ts';
import { splitFrontmatter } from './readContent.ts';

export interface EditionReport {
	record: string;
	source: string;
	blocks: number;
	/** First difference, or undefined when the edition is faithful. */
	problem?: string;
}

/** Loads every `content/sources/*.rules.ts` module. */
export async function loadEditionRules(contentDir: string): Promise<EditionRules[]> {
	const dir = join(contentDir, 'sources');
	const files = readdirSync(dir).filter((f) => f.endsWith('.rules.ts')).sort();
	return Promise.all(files.map(async (f) => (await import(pathToFileURL(resolve(dir, f)).href)).default as EditionRules));
}

/** Verifies every record: each must have rules, an archive, and a body equal to the rules' output. */
export async function verifyEditions(contentDir: string): Promise<EditionReport[]> {
	const rulesList = await loadEditionRules(contentDir);
	const byRecord = new Map(rulesList.map((r) => [r.record, r]));
	const reports: EditionReport[] = [];
	const records = readdirSync(join(contentDir, 'cases')).filter((f) => f.endsWith('.mdx')).sort();
	for (const file of records) {
		const record = file.replace(/\.mdx$/, '');
		const filePath = join(contentDir, 'cases', file);
		const { frontmatter, body } = splitFrontmatter(readFileSync(filePath, 'utf8'), filePath);
		const declared = (frontmatter as { source?: { file?: string } }).source?.file ?? '(none)';
		const rules = byRecord.get(record);
		const report: EditionReport = { record, source: declared, blocks: 0 };
		reports.push(report);
		if (!rules) {
			report.problem = `${filePath}: no editorial rules name this record (content/sources/*.rules.ts)`;
			continue;
		}
		if (rules.source !== declared) {
			report.problem = `${filePath}: source.file: "${declared}" but its rules edit "${rules.source}"`;
			continue;
		}
		const archivePath = join(contentDir, 'sources', rules.source);
		if (!existsSync(archivePath)) {
			report.problem = `${filePath}: source.file: archive ${archivePath} does not exist`;
			continue;
		}
		const stray = nonParagraphBlocks(body)[0];
		if (stray) {
			report.problem = `${filePath}: body: a block would not render as a paragraph or heading (escape its first character): ${stray.slice(0, 60)}`;
			continue;
		}
		try {
			const expected = applyEditionRules(readFileSync(archivePath, 'utf8'), rules);
			const actual = bodyBlocks(body).map((b) => b.text);
			report.blocks = actual.length;
			const diff = diffEdition(expected, actual);
			if (diff) report.problem = `${filePath}: body differs from ${rules.source} under its rules, at ${diff}`;
		} catch (error) {
			report.problem = (error as Error).message;
		}
	}
	for (const rules of rulesList)
		if (!records.includes(`${rules.record}.mdx`))
			reports.push({ record: rules.record, source: rules.source, blocks: 0, problem: `rules for ${rules.source} name record "${rules.record}", which does not exist` });
	return reports;
}
