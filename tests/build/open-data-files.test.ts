/**
 * The bulk downloads of a finished build (`npm run build`, run by `npm test` before this) have gzip copies
 * that unpack to exactly them, and /data/ states the true size of every file it offers and the number of
 * per-record files. LIBRARY_OUT_DIR, as in astro.config.mjs, points at another build output.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { bulkFiles, formatSize, recordFilesFolder, recordTextsFolder, sizePending, statedSizes } from '../../src/lib/openDataFiles.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const dataDir = join(process.env.LIBRARY_OUT_DIR ?? join(projectRoot, 'dist'), 'data');
const page = join(dataDir, 'index.html');
const notBuilt = `${page} missing: run \`npm run build\` first (npm test does)`;

test('each bulk file has a gzip copy that unpacks to exactly its bytes, with no file name or time in its header', () => {
	assert.ok(existsSync(page), notBuilt);
	for (const name of bulkFiles) {
		const gz = readFileSync(join(dataDir, `${name}.gz`));
		assert.ok(gunzipSync(gz).equals(readFileSync(join(dataDir, name))), `${name}.gz unpacks to ${name}`);
		assert.equal(gz[3]! & 0x08, 0, `${name}.gz: no file name (FNAME flag)`);
		assert.equal(gz.readUInt32LE(4), 0, `${name}.gz: mtime 0, so rebuilds give the same bytes`);
	}
});

test('/data/ states the size of each bulk file, its gzip copy and the per-record files (data and texts), as built', () => {
	assert.ok(existsSync(page), notBuilt);
	const stated = statedSizes(readFileSync(page, 'utf8'));
	const folderSize = (folder: string) => readdirSync(join(dataDir, folder)).reduce((sum, file) => sum + statSync(join(dataDir, folder, file)).size, 0);
	const actual = new Map<string, number>([
		...bulkFiles.flatMap((name) => [name, `${name}.gz`]).map((name): [string, number] => [name, statSync(join(dataDir, name)).size]),
		[recordFilesFolder, folderSize(recordFilesFolder)],
		[recordTextsFolder, folderSize(recordTextsFolder)],
	]);
	assert.deepEqual(stated.map((s) => s.name).sort(), [...actual.keys()].sort(), 'one size for each, and no other');
	for (const { name, text } of stated) {
		assert.notEqual(text, sizePending, `${name}: filled in by the build`);
		assert.equal(text, formatSize(actual.get(name)!), name);
	}
});

test('/data/ states the number of per-record files', () => {
	assert.ok(existsSync(page), notBuilt);
	const count = readFileSync(page, 'utf8').match(/共 (\d+) 个，合计/)?.[1];
	assert.equal(Number(count), readdirSync(join(dataDir, recordFilesFolder)).length);
});
