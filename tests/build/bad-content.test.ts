/**
 * The real build refuses bad content: each fixture mutates a temporary copy of `content/`, runs
 * `astro build` on it and expects a non-zero exit with a message naming the file and the field.
 * Builds run one at a time (each takes a few seconds).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { lintLinks, listFiles } from '../../scripts/lint-links.ts';
import { badContentFixtures, copyContent, projectRoot, type ContentCopy } from '../fixtures/bad-content.ts';

const buildTimeout = 120_000;

/** The field as a label (`title:`, Astro's `**title**:`), not as part of a longer name (`id` in `valid:` or `parent.id:`). */
function fieldLabel(field: string): RegExp {
	return new RegExp(`(?<![\\w.\\[\\]-])${field.replace(/[.[\]]/g, '\\$&')}(?:\\*\\*)?:`);
}

/** Runs `astro build` on a content copy, output and cache inside the copy's temporary root. */
function build(copy: ContentCopy): Promise<{ code: number | null; output: string; outDir: string }> {
	const bin = join(projectRoot, 'node_modules', '.bin');
	const outDir = join(copy.root, 'out');
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
		LIBRARY_CONTENT_DIR: copy.contentDir,
		LIBRARY_OUT_DIR: outDir,
		LIBRARY_CACHE_DIR: join(copy.root, 'cache'),
		NO_COLOR: '1',
		FORCE_COLOR: '0',
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	delete env.NODE_TEST_CONTEXT;
	// No public address and no correction channel: the control build shows what a build without them writes.
	delete env.SITE_URL;
	delete env.CORRECTIONS_URL;
	delete env.CORRECTIONS_EMAIL;
	return new Promise((resolve, reject) => {
		const child = spawn(join(bin, 'astro'), ['build'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), buildTimeout - 5_000);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output: stripVTControlCharacters(output), outDir });
		});
	});
}

describe('astro build on content copies', { concurrency: 1 }, () => {
	test('control: the unmutated copy builds, every record page with its ¶ anchors, every #p-N link landing on one', { timeout: buildTimeout }, async () => {
		const copy = copyContent();
		try {
			const { code, output, outDir } = await build(copy);
			assert.equal(code, 0, output);
			assert.match(output, /records faithful to their sources/);
			const { library } = readContent(copy.contentDir);
			assert.ok(library.cases.length >= 1);
			for (const record of library.cases) {
				const page = join(outDir, 'cases', record.id, 'index.html');
				assert.ok(existsSync(page), `${record.id}: the record page is built`);
				const html = readFileSync(page, 'utf8');
				const ids = [...html.matchAll(/\bid="(p-\d+)"/g)].map((m) => m[1]!);
				const blocks = bodyBlocks(record.body);
				assert.deepEqual(
					ids,
					blocks.map((b) => `p-${b.n}`),
					`${record.id}: one anchor per body block, in order`,
				);
				const targets = [...html.matchAll(/href="#(p-\d+)"/g)].map((m) => m[1]!);
				assert.ok(targets.length >= blocks.filter((b) => !b.heading).length, `${record.id}: a ¶ link per paragraph`);
				for (const target of targets) assert.ok(ids.includes(target), `${record.id}: #${target} exists`);
			}
			// Without SITE_URL the build says so, and writes no guessed host: no localhost anywhere, no
			// canonical link, no sitemap; citations and open data carry site-relative paths.
			assert.match(output, /SITE_URL is not set/);
			const texts = listFiles(outDir).filter((f) => /\.(html|xml|txt|csv|json|ris|bib|js)$/.test(f));
			assert.ok(texts.length > 100);
			assert.deepEqual(
				texts.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(outDir, f), 'utf8'))),
				[],
			);
			assert.ok(!existsSync(join(outDir, 'sitemap-index.xml')));
			assert.doesNotMatch(readFileSync(join(outDir, 'robots.txt'), 'utf8'), /Sitemap:/);
			const record = library.cases[0]!;
			const page = readFileSync(join(outDir, 'cases', record.id, 'index.html'), 'utf8');
			assert.doesNotMatch(page, /rel="canonical"/);
			assert.match(page, new RegExp(`第\\d+段\\[引用日期\\]\\. /cases/${record.id}/#p-\\d+\\.`));
			assert.match(readFileSync(join(outDir, 'data', 'facts.csv'), 'utf8'), /,\/cases\/[a-z0-9-]+\/#p-\d+/);
			assert.deepEqual(lintLinks(outDir).broken, []);
			// No correction channel configured: the build says so, and no record shows one (the rights
			// notice itself stays). The copy lies outside any git repository: no record gives a revision
			// date, each says its history is unavailable, and the build does not fail.
			assert.match(output, /CORRECTIONS_URL and CORRECTIONS_EMAIL are not set/);
			assert.match(output, /record history unavailable: /);
			for (const { id } of library.cases) {
				const html = readFileSync(join(outDir, 'cases', id, 'index.html'), 'utf8');
				assert.match(html, /<h2 id="rights-heading">版权与更正<\/h2>/, id);
				assert.doesNotMatch(html, /record-rights__report|mailto:|提交更正/, `${id}: no correction channel`);
				assert.match(html, /修订记录不可用：构建时读不到本库的版本历史/, id);
				assert.doesNotMatch(html, /最近修改于/, id);
				const { history } = JSON.parse(readFileSync(join(outDir, 'data', 'cases', `${id}.json`), 'utf8'));
				assert.deepEqual([history.available, history.reason], [false, 'no-git'], id);
			}
		} finally {
			copy.cleanup();
		}
	});

	for (const fixture of badContentFixtures) {
		test(`${fixture.name}: fails, naming ${fixture.expect.file} and ${fixture.expect.field}`, { timeout: buildTimeout }, async () => {
			const copy = copyContent(fixture);
			try {
				const { code, output, outDir } = await build(copy);
				assert.notEqual(code, 0, `the build should fail:\n${output}`);
				assert.ok(output.includes(fixture.expect.file), `output names ${fixture.expect.file}:\n${output}`);
				assert.match(output, fieldLabel(fixture.expect.field), `output names the field ${fixture.expect.field}:\n${output}`);
				assert.match(output, fixture.expect.says);
				assert.ok(!existsSync(join(outDir, 'index.html')), 'no site is written');
			} finally {
				copy.cleanup();
			}
		});
	}
});
