import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { toSimplified } from '../../src/lib/edition.ts';
import { simplifyQuery } from '../../src/lib/simplifyQuery.ts';

test('the light query converter equals OpenCC tw→cn on every archived source', () => {
	for (const file of readdirSync('content/sources').filter((f) => f.endsWith('.txt'))) {
		const text = readFileSync(`content/sources/${file}`, 'utf8');
		assert.equal(simplifyQuery(text), toSimplified(text), file);
	}
});

test('it converts typical traditional queries', () => {
	assert.equal(simplifyQuery('黨群服務中心'), '党群服务中心');
	assert.equal(simplifyQuery('轄區'), '辖区');
	assert.equal(simplifyQuery('著力'), '着力');
	assert.equal(simplifyQuery('双报到'), '双报到');
});
