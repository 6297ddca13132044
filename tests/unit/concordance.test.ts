import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { concordance, countByRecord, formsPattern, usagePages } from '../../src/lib/concordance.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { sortByPinyin, pinyinInitial } from '../../src/lib/pinyinOrder.ts';
import { readContent } from '../../src/lib/readContent.ts';

const { library } = readContent('content');
const sources = library.cases.map((c) => ({ id: c.id, title: c.data.title, blocks: bodyBlocks(c.body) }));

describe('concordance', () => {
	test('an occurrence of a longer form is counted once, as the longer form', () => {
		const lines = concordance([{ id: 'x', title: '', blocks: [{ n: 1, text: '推行兼职委员制，选聘兼职委员', heading: false }] }], ['兼职委员', '兼职委员制']);
		assert.deepEqual(lines.map((l) => l.match), ['兼职委员制', '兼职委员']);
		assert.deepEqual(lines.map((l) => [l.left, l.right]), [['推行', '，选聘兼职委员'], ['推行兼职委员制，选聘', '']]);
	});
	test('special characters in forms are matched literally', () => {
		assert.equal(formsPattern(['1+N+X', '7+X']).test('1+N+X'), true);
	});
	test('for every glossary term, counts per record equal plain substring counts over the bodies (aliases included)', () => {
		assert.ok((library.terms ?? []).length >= 60);
		for (const term of library.terms ?? []) {
			const forms = [term.data.term, ...term.data.aliases];
			const counts = countByRecord(concordance(sources, forms));
			for (const source of sources) {
				const body = source.blocks.map((b) => b.text).join('\n');
				const escaped = [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
				const plain = body.match(new RegExp(escaped.join('|'), 'gu'))?.length ?? 0;
				assert.equal(counts.get(source.id) ?? 0, plain, `${term.id} in ${source.id}`);
			}
			if (!term.data.crossReferenceOnly) assert.ok(counts.size > 0, `${term.id} occurs in some record`);
		}
	});
	test('each line sits in a paragraph that contains the match with its context', () => {
		for (const term of (library.terms ?? []).slice(0, 40))
			for (const line of concordance(sources, [term.data.term, ...term.data.aliases])) {
				const block = sources.find((s) => s.id === line.recordId)!.blocks.find((b) => b.n === line.paragraph)!;
				assert.ok(block.text.includes(line.left + line.match + line.right), `${term.id} ¶${line.paragraph}`);
			}
	});
});

describe('pinyin order', () => {
	test('sorts by pinyin, not by code point', () => {
		assert.deepEqual(sortByPinyin(['双报到', '大工委', '一肩挑', '党建指导员'], (t) => t), ['大工委', '党建指导员', '双报到', '一肩挑']);
	});
	test('files terms under their initial; digits under #', () => {
		assert.equal(pinyinInitial('双报到'), 'S');
		assert.equal(pinyinInitial('3岗18级'), '#');
	});
});

describe('usagePages', () => {
	const line = (recordId: string, paragraph: number) => ({ recordId, paragraph, left: '', match: '词', right: '' });
	test('most uses first, each record’s lines together, pages cut by records and by lines', () => {
		const lines = [line('a', 1), line('b', 1), line('b', 2), line('b', 3), line('c', 1), line('c', 2), line('d', 9)];
		const pages = usagePages(lines, 2, 4);
		assert.deepEqual(
			pages.map((p) => [p.recordIds, p.lines.map((l) => `${l.recordId}${l.paragraph}`), p.first]),
			[
				[['b'], ['b1', 'b2', 'b3'], 0],
				[['c', 'a'], ['c1', 'c2', 'a1'], 1],
				[['d'], ['d9'], 3],
			],
		);
	});

	test('a term used nowhere has one empty page', () => {
		assert.deepEqual(usagePages([]), [{ recordIds: [], lines: [], first: 0 }]);
	});
});
