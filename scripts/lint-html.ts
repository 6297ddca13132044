/**
 * Validates every HTML page of a finished build (`npm run build` first) with html-validate:
 *
 *   npm run lint:html             # node scripts/lint-html.ts [build-dir]
 *
 * Reads dist/ (or LIBRARY_OUT_DIR, or the folder given). Prints each problem (page, rule, element,
 * message) and the counts; exits 1 on any error or warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { listFiles } from './lint-links.ts';

/**
 * The rules: html-validate's `recommended` preset, plus `document` (for whole pages, which ours are: it
 * adds heading-level, missing-doctype, input-missing-label, no-missing-references for aria-labelledby
 * and the like, require-sri). Only three rules are changed, each for a deliberate choice:
 */
export const htmlValidateConfig: ConfigData = {
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// WCAG technique H32 (a form needs a submit button) is about forms that submit and so change
		// context. The comparison builder (/compare/) is a <form> only to group its checkboxes and
		// buttons: each choice applies at once (src/browser/compareBuilder.ts), nothing is ever
		// submitted. The site's other forms (search) have their button.
		'wcag/h32': 'off',
		// Subresource integrity guards files from another origin. The site loads only its own files
		// (lint:links fails on any other host), so the check stays on for cross-origin ones only.
		'require-sri': ['error', { target: 'crossorigin' }],
		// Checkboxes that share a name are one multi-valued control (the comparison's places and groups),
		// as HTML defines them; the rule's default only lets radios and buttons share.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
	},
};

/** One problem html-validate found, with the page (its file under the build folder). */
export interface HtmlProblem {
	page: string;
	rule: string;
	severity: 'error' | 'warning';
	/** A CSS selector of the element, when the problem has one. */
	selector: string | null;
	line: number;
	column: number;
	message: string;
}

export interface HtmlReport {
	pages: number;
	problems: HtmlProblem[];
}

/** Validates every .html file of the build in `dir`. */
export async function lintHtml(dir: string): Promise<HtmlReport> {
	const validator = new HtmlValidate(htmlValidateConfig);
	const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
	const problems: HtmlProblem[] = [];
	for (const page of pages) {
		const report = await validator.validateString(readFileSync(join(dir, page), 'utf8'), page);
		for (const result of report.results) {
			for (const m of result.messages) {
				problems.push({
					page,
					rule: m.ruleId,
					severity: m.severity === 2 ? 'error' : 'warning',
					selector: m.selector,
					line: m.line,
					column: m.column,
					message: m.message,
				});
			}
		}
	}
	return { pages: pages.length, problems };
}

if (import.meta.main) {
	const dir = process.argv[2] ?? process.env['LIBRARY_OUT_DIR'] ?? 'dist';
	let report: HtmlReport;
	try {
		report = await lintHtml(dir);
	} catch (error) {
		console.error(`✗ ${dir}: ${(error as Error).message} (run \`npm run build\` first)`);
		process.exit(1);
	}
	if (report.pages === 0) {
		console.error(`✗ ${dir}: no HTML pages (run \`npm run build\` first)`);
		process.exit(1);
	}
	for (const p of report.problems) {
		console.error(`${p.severity === 'error' ? '✗' : '!'} ${p.page}:${p.line}:${p.column} ${p.rule}: ${p.message}${p.selector ? `\n    at ${p.selector}` : ''}`);
	}
	const errors = report.problems.filter((p) => p.severity === 'error').length;
	const warnings = report.problems.length - errors;
	const summary = `${report.pages} pages, ${errors} errors, ${warnings} warnings`;
	if (report.problems.length > 0) {
		console.error(summary);
		process.exit(1);
	}
	console.log(`✓ valid HTML: ${summary}`);
}
