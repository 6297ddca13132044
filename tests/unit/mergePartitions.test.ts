import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { mergePartitions } from '../../scripts/merge-partitions.ts';

/** Writes the files of a build folder under `root`. */
function build(root: string, name: string, files: Record<string, string>): string {
	const dir = join(root, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const searchPage = (parts: string) => `<form data-index-parts="${parts}"></form>`;

test('a file two builds wrote differently stops the merge, naming it and both builds', () => {
	const root = mkdtempSync(join(tmpdir(), 'merge-'));
	try {
		const library = build(root, 'library', { 'index.html': 'home', 'search/index.html': searchPage(''), '_astro/a.css': 'x' });
		const one = build(root, 'p1', { 'cases/a/index.html': 'a', '_astro/a.css': 'y' });
		assert.throws(() => mergePartitions(join(root, 'out'), [library, one]), /_astro\/a\.css: written differently by .*library and .*p1/);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('the search page must list exactly the index parts the partitions wrote', () => {
	const root = mkdtempSync(join(tmpdir(), 'merge-'));
	try {
		const library = build(root, 'library', { 'index.html': 'home', 'search/index.html': searchPage('/pagefind/ /pagefind-2/') });
		const one = build(root, 'p1', { 'cases/a/index.html': 'a', 'pagefind/pagefind-entry.json': '{}' });
		assert.throws(() => mergePartitions(join(root, 'out'), [library, one]), /lists index parts \/pagefind\/ \/pagefind-2\/; the builds wrote \/pagefind\/ \(missing \/pagefind-2\/\)/);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('the merge writes a new folder, never into an existing one', () => {
	const root = mkdtempSync(join(tmpdir(), 'merge-'));
	try {
		const library = build(root, 'library', { 'index.html': 'home' });
		mkdirSync(join(root, 'out'));
		assert.throws(() => mergePartitions(join(root, 'out'), [library]), /exists/);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
