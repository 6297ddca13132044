/**
 * Every page of a finished build (`npm run build`, run by `npm test` before this) is valid HTML by
 * html-validate's recommended and document presets, as scripts/lint-html.ts configures them (three
 * rules changed there, each with its reason). LIBRARY_OUT_DIR, as in astro.config.mjs, points at
 * another build output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintHtml } from '../../scripts/lint-html.ts';
import { listFiles } from '../../scripts/lint-links.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const outDir = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const notBuilt = `${outDir}/index.html missing: run \`npm run build\` first (npm test does)`;

test('every page of the build passes html-validate with no error and no warning', async () => {
	assert.ok(existsSync(join(outDir, 'index.html')), notBuilt);
	const report = await lintHtml(outDir);
	assert.equal(report.pages, listFiles(outDir).filter((f) => f.endsWith('.html')).length, 'every HTML page is validated');
	assert.ok(report.pages > 100, `${report.pages} pages`);
	assert.deepEqual(
		report.problems.map((p) => `${p.page} ${p.rule}: ${p.message} at ${p.selector ?? `${p.line}:${p.column}`}`),
		[],
	);
});

test('`npm run lint:html` exits 1 and names the page, rule and element of each problem', () => {
	const dir = mkdtempSync(join(tmpdir(), 'lint-html-'));
	try {
		writeFileSync(
			join(dir, 'index.html'),
			'<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body><main><span aria-label="3条">3</span><button>b</button></main></body></html>',
		);
		const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/lint-html.ts'), dir], { encoding: 'utf8' });
		assert.equal(run.status, 1, run.stderr);
		assert.match(run.stderr, /index\.html:1:\d+ aria-label-misuse: .*\n\s+at html > body > main > span/);
		assert.match(run.stderr, /no-implicit-button-type/);
		assert.match(run.stderr, /1 pages, 2 errors, 0 warnings/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
