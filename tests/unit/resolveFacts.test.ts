import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { outline, resolveFacts } from '../../src/lib/resolveFacts.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { realContentDir } from '../fixtures/bad-content.ts';
import { loadChangsha } from '../fixtures/library.ts';

function changsha() {
	const { frontmatter, body } = loadChangsha();
	return { data: caseSchema(plainReference).parse(frontmatter), body };
}

describe('resolveFacts', () => {
	test('every Changsha fact resolves to the paragraph holding its quote', () => {
		const { data, body } = changsha();
		const blocks = bodyBlocks(body);
		const resolved = resolveFacts(body, data.facts);
		assert.equal(resolved.length, data.facts.length);
		resolved.forEach((fact, i) => {
			assert.equal(fact.quote, data.facts[i]!.quote, 'order and content are kept');
			assert.deepEqual(fact.dimension, data.facts[i]!.dimension);
			const block = blocks[fact.paragraph - 1];
			assert.ok(block, `¶${fact.paragraph} exists`);
			assert.equal(block.n, fact.paragraph);
			assert.ok(block.text.includes(fact.quote), `¶${fact.paragraph} holds “${fact.quote}”`);
			assert.equal(fact.anchor, `p-${fact.paragraph}`);
		});
	});

	test('every fact of every record resolves to a paragraph holding its quote', () => {
		for (const record of readContent(realContentDir).library.cases) {
			const blocks = bodyBlocks(record.body);
			for (const fact of resolveFacts(record.body, record.data.facts))
				assert.ok(blocks[fact.paragraph - 1]!.text.includes(fact.quote), `${record.id}: ¶${fact.paragraph} holds “${fact.quote}”`);
		}
	});

	test('known facts land where the text says them', () => {
		const { data, body } = changsha();
		const byQuote = new Map(resolveFacts(body, data.facts).map((f) => [f.quote, f.paragraph]));
		assert.equal(byQuote.get('常住人口792万'), 1);
		assert.equal(byQuote.get('探索实行街道内设机构“6+2”模式'), 7);
		assert.equal(byQuote.get('授牌党员教育培训示范基地15家'), 23);
	});

	test('throws for a quote that is not in exactly one paragraph', () => {
		const { data, body } = changsha();
		const fact = { ...data.facts[0]!, quote: '并不存在的话' };
		assert.throws(() => resolveFacts(body, [fact]), /并不存在的话/);
		assert.throws(() => resolveFacts(body, [{ ...fact, quote: '城市基层党建' }]), /not in exactly one paragraph/);
	});
});

describe('outline', () => {
	test('lists the 一、 and （一） headings with depth and the anchors of their blocks', () => {
		const { body } = changsha();
		const items = outline(body);
		assert.deepEqual(
			items.map((h) => [h.depth, h.text]),
			[
				[2, '一、实施背景'],
				[2, '二、主要做法'],
				[3, '（一）实施组织架构再造'],
				[3, '（二）实施工作机制再造'],
				[3, '（三）实施骨干队伍再造'],
				[3, '（四）实施服务阵地再造'],
				[2, '三、成效与启示'],
			],
		);
		const blocks = bodyBlocks(body);
		for (const item of items) {
			const n = Number(item.anchor.replace(/^p-/, ''));
			assert.equal(item.anchor, `p-${n}`);
			assert.equal(blocks[n - 1]!.text, item.text, `${item.anchor} is the block of “${item.text}”`);
			assert.equal(blocks[n - 1]!.heading, true);
		}
		assert.deepEqual(
			items.map((h) => h.anchor),
			['p-2', 'p-4', 'p-6', 'p-11', 'p-15', 'p-19', 'p-24'],
		);
	});

	test('a body without headings has an empty outline', () => {
		assert.deepEqual(outline('第一段。\n\n第二段。'), []);
	});
});

test('paragraphOf gives the ¶ of the one paragraph holding a quote, undefined when none or several', async () => {
	const { paragraphOf } = await import('../../src/lib/resolveFacts.ts');
	const { bodyBlocks } = await import('../../src/lib/edition.ts');
	const blocks = bodyBlocks('## 一、标题\n\n甲乙丙。\n\n丁戊甲乙。');
	assert.equal(paragraphOf(blocks, '丙'), 2);
	assert.equal(paragraphOf(blocks, '甲乙'), undefined);
	assert.equal(paragraphOf(blocks, '己'), undefined);
});

describe('outline with run-in headings (the brief’s measures)', () => {
	test('bold run-ins that open paragraphs join the headings, one level below the section they are in', () => {
		const body = '## 二、主要做法\n\n**（一）出台规范化建设标准，加强分类指导**。全市……\n\n普通段落，**中间加粗**不算。\n\n### 三、成效\n\n**一是服务更近**：群众……';
		assert.deepEqual(
			outline(body, { runIns: true }).map((i) => [i.depth, i.text, i.anchor]),
			[
				[2, '二、主要做法', 'p-1'],
				[3, '（一）出台规范化建设标准，加强分类指导', 'p-2'],
				[3, '三、成效', 'p-4'],
				[4, '一是服务更近', 'p-5'],
			],
		);
		// The table of contents keeps the headings only.
		assert.deepEqual(
			outline(body).map((i) => i.text),
			['二、主要做法', '三、成效'],
		);
	});

	test('a speech without headings outlines its run-ins', () => {
		assert.deepEqual(
			outline('开头。\n\n**一是抓统筹**。……\n\n**二是抓基层**。……', { runIns: true }).map((i) => [i.depth, i.text]),
			[
				[2, '一是抓统筹'],
				[2, '二是抓基层'],
			],
		);
	});
});
