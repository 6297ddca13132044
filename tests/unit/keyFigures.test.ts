import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyFigures } from '../../src/lib/keyFigures.ts';

const fact = (id: string, value: number | string) => ({ value, dimension: { id } });
const groups: Record<string, string> = { streets: '基本情况', communities: '基本情况', grids: '网格治理', powers: '街道赋权与社区减负', funds: '经费保障' };

test('key figures: numbers only, one per group first (in group order), then more numbers, in the record’s order', () => {
	const facts = [fact('powers', '人事考核权'), fact('grids', 1768), fact('streets', 53), fact('communities', 427), fact('funds', 20)];
	assert.deepEqual(
		keyFigures(facts, (id) => groups[id], 3).map((f) => f.dimension.id),
		['grids', 'streets', 'funds'],
	);
	assert.deepEqual(
		keyFigures(facts, (id) => groups[id], 10).map((f) => f.dimension.id),
		['grids', 'streets', 'communities', 'funds'],
	);
	assert.deepEqual(keyFigures([fact('powers', '人事考核权')], (id) => groups[id]), []);
});
