/**
 * Changes made for build speed at scale (scripts/bench) must not change a byte of output: the grouped
 * matrix gives the same cells as filtering the facts per column.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildMatrix, type FlatFact } from '../../src/lib/compareMatrix.ts';
import { contentFactSources, flattenFacts } from '../../src/lib/flattenFacts.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { dimensionGroups } from '../../src/schemas/dimension.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const { library } = readContent(realContentDir);

test('buildMatrix cells equal the facts filtered per dimension and column, in fact order', () => {
	const facts: FlatFact[] = flattenFacts(contentFactSources(library));
	const dimensions = new Map(library.dimensions.map((d) => [d.id, d.data]));
	const columns = [...new Set(facts.map((f) => f.jurisdictionId)), 'nowhere'];
	const groups = buildMatrix(facts, dimensions, columns);
	assert.ok(groups.length > 0 && groups.every((g) => dimensionGroups.includes(g.group)));
	for (const group of groups)
		for (const row of group.rows)
			for (const cell of row.cells)
				assert.deepEqual(
					cell.facts,
					facts.filter((f) => f.dimensionId === row.dimensionId && f.jurisdictionId === cell.jurisdictionId),
					`${row.dimensionId} × ${cell.jurisdictionId}`,
				);
});
