/**
 * Pagefind indexes metadata values as words (sort keys and filters it does not): a record's date 2015
 * answered the query 15 at 5,000 records. Display metadata is therefore stored hidden; this test runs
 * Pagefind itself to hold that, and that the values read back.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { close, createIndex } from 'pagefind';
import { showMeta, toPagefindRecord } from '../../src/lib/searchRecord.ts';
import { includeCharacters, indexLanguage, phraseQuery } from '../../src/lib/searchTokens.ts';
import { openPagefind } from '../support/nodePagefind.ts';

const dir = mkdtempSync(join(tmpdir(), 'pagefind-meta-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('metadata values answer no query; the page reads them back', async () => {
	const { index } = await createIndex({ forceLanguage: indexLanguage, includeCharacters });
	const record = toPagefindRecord({
		url: '/cases/x/',
		fields: { title: '社区治理' },
		paragraphs: [{ n: 1, text: '网格化管理。' }],
		before: ['摘要里的党建引领'],
		place: '第15区',
		date: '2015-06',
		docTypeLabel: '案例材料',
		filters: { province: ['p'], jurisdiction: ['j'], docType: ['case-report'], year: ['2015'], theme: ['t'] },
	});
	await index!.addCustomRecord(record);
	await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
	await close();
	const pagefind = await openPagefind(join(dir, 'pagefind'));
	for (const word of ['15', '2015', '案例', '党建', '06']) assert.equal((await pagefind.search(phraseQuery(word))).results.length, 0, word);
	const found = (await pagefind.search(phraseQuery('网格'))).results;
	assert.equal(found.length, 1);
	const meta = showMeta((await found[0]!.data()).meta);
	assert.equal(meta.place, '第15区');
	assert.equal(meta.date, '2015-06');
	assert.equal(meta.docType, '案例材料');
});
