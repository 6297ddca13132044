import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fillFileSizes, formatSize, sizePending, statedSizes } from '../../src/lib/openDataFiles.ts';

describe('formatSize', () => {
	test('bytes below 1 KB, then binary KB and MB with one decimal below 100', () => {
		assert.equal(formatSize(0), '0 字节');
		assert.equal(formatSize(1023), '1023 字节');
		assert.equal(formatSize(1024), '1.0 KB');
		assert.equal(formatSize(7.44 * 1024), '7.4 KB');
		assert.equal(formatSize(164 * 1024 + 300), '164 KB');
		assert.equal(formatSize(28.64 * 1024 * 1024), '28.6 MB');
		assert.equal(formatSize(143.4 * 1024 * 1024), '143 MB');
	});

	test('never 100.0 or 1024 KB: a value that rounds up takes the next form', () => {
		assert.equal(formatSize(99.96 * 1024), '100 KB');
		assert.equal(formatSize(1024 * 1024 - 100), '1.0 MB');
		assert.equal(formatSize(1023.4 * 1024), '1023 KB');
	});
});

describe('statedSizes and fillFileSizes', () => {
	const page = `<p><a href="/data/facts.csv">facts.csv</a>（<span data-file-size="facts.csv">${sizePending}</span>；<span class="x" data-file-size="facts.csv.gz">${sizePending}</span>）合计 <span data-file-size="cases/">${sizePending}</span></p><span>other</span>`;

	test('lists each placeholder with its text, in page order', () => {
		assert.deepEqual(statedSizes(page), [
			{ name: 'facts.csv', text: sizePending },
			{ name: 'facts.csv.gz', text: sizePending },
			{ name: 'cases/', text: sizePending },
		]);
	});

	test('fills each placeholder with its file size and leaves the rest of the page as it was', () => {
		const sizes: Record<string, number> = { 'facts.csv': 2_202_010, 'facts.csv.gz': 420_000, 'cases/': 500 };
		const filled = fillFileSizes(page, (name) => sizes[name]!);
		assert.deepEqual(statedSizes(filled), [
			{ name: 'facts.csv', text: '2.1 MB' },
			{ name: 'facts.csv.gz', text: '410 KB' },
			{ name: 'cases/', text: '500 字节' },
		]);
		assert.equal(filled.replace(/>[^<]*<\/span>/g, '></span>'), page.replace(/>[^<]*<\/span>/g, '></span>'));
	});

	test('a page filled once fills again to the same bytes', () => {
		const once = fillFileSizes(page, () => 2048);
		assert.equal(fillFileSizes(once, () => 2048), once);
	});
});
