/**
 * Every link of a finished build (`npm run build`, run by `npm test` before this) leads somewhere:
 * scripts/lint-links.ts (src/lib/linkCheck.ts) over dist/ finds no broken link. LIBRARY_OUT_DIR, as in
 * astro.config.mjs, points at another build output; SITE_URL must be the one the build had.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintLinks, listFiles } from '../../scripts/lint-links.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const outDir = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const notBuilt = `${outDir}/index.html missing: run \`npm run build\` first (npm test does)`;

test('no page, sitemap or robots.txt of the build has a broken link', () => {
	assert.ok(existsSync(join(outDir, 'index.html')), notBuilt);
	const report = lintLinks(outDir);
	assert.equal(report.pages, listFiles(outDir).filter((f) => f.endsWith('.html')).length, 'every HTML page is read');
	assert.ok(report.pages > 100 && report.checked > 20 * report.pages, `${report.pages} pages, ${report.checked} links: the check saw the site`);
	assert.deepEqual(
		report.broken.map((b) => `${b.page}: ${b.url} (${b.reason})`),
		[],
	);
});

test('`npm run lint:links` exits 1 and names the page, URL and reason of each broken link', () => {
	const dir = mkdtempSync(join(tmpdir(), 'lint-links-'));
	try {
		writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html><head><title>t</title></head><body><a href="/gone/">x</a><a href="#p-1">¶</a></body></html>');
		const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/lint-links.ts'), dir], { encoding: 'utf8' });
		assert.equal(run.status, 1, run.stderr);
		assert.match(run.stderr, /index\.html: \/gone\/\n\s+no file for \/gone\//);
		assert.match(run.stderr, /index\.html: #p-1\n\s+no element with id "p-1" on \//);
		assert.match(run.stderr, /2 broken links; 1 pages, 2 links/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
