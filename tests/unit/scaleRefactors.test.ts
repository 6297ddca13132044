/**
 * Changes made for build speed at scale (scripts/bench) must not change a byte of output: the one-pass
 * search postings give the same shards, key order included (it is the order of the published JSON),
 * as inserting every gram into its shard directly; the grouped matrix gives the same cells as
 * filtering the facts per column.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildMatrix, flattenFacts, type FlatFact } from '../../src/lib/compareMatrix.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { buildShards, docText, foldText, indexGrams, shardOf, type SearchDoc, type SearchShard } from '../../src/lib/search.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { dimensionGroups } from '../../src/schemas/dimension.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const { library } = readContent(realContentDir);

/** The shards as built before the one-pass postings: each gram inserted into its shard as met. */
function shardsDirectly(docs: SearchDoc[], shards: number): SearchShard[] {
	const out: SearchShard[] = Array.from({ length: shards }, () => ({}));
	docs.forEach((doc, position) => {
		for (const line of foldText(docText(doc)).split('\n'))
			for (const gram of indexGrams(line)) {
				const postings = (out[shardOf(gram, shards)]![gram] ??= []);
				if (postings.at(-1) !== position) postings.push(position);
			}
	});
	return out;
}

test('buildShards gives the same JSON as inserting each gram into its shard directly (real records)', () => {
	const docs: SearchDoc[] = library.cases.map((c) => ({ id: c.id, title: c.data.title, paragraphs: bodyBlocks(c.body).map((b) => ({ n: b.n, text: b.text })) }));
	for (const shards of [8, 64]) assert.equal(JSON.stringify(buildShards(docs, shards)), JSON.stringify(shardsDirectly(docs, shards)));
});

test('buildMatrix cells equal the facts filtered per dimension and column, in fact order', () => {
	const facts: FlatFact[] = flattenFacts(
		library.cases.map((c) => ({ id: c.id, title: c.data.title, jurisdictionId: c.data.jurisdiction.id, body: c.body, facts: c.data.facts })),
	);
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
