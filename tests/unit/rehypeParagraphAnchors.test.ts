import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { paragraphId, rehypeParagraphAnchors } from '../../src/lib/rehypeParagraphAnchors.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { realContentDir } from '../fixtures/bad-content.ts';
import { loadChangsha } from '../fixtures/library.ts';

/** The processor the site configures (remark-gfm on, smartypants off), with our plugin. */
const processor = () => unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeParagraphAnchors).use(rehypeStringify);

async function render(markdown: string): Promise<{ tree: Root; html: string }> {
	const p = processor();
	const tree = (await p.run(p.parse(markdown))) as Root;
	return { tree, html: p.stringify(tree) };
}

const topElements = (tree: Root) => tree.children.filter((n): n is Element => n.type === 'element');

describe('rehypeParagraphAnchors on the Changsha body', () => {
	const { body } = loadChangsha();
	const blocks = bodyBlocks(body);

	test('numbers the blocks p-1 … p-N in order, N being the number of bodyBlocks', async () => {
		const { tree } = await render(body);
		const ids = topElements(tree).map((e) => e.properties.id);
		assert.equal(ids.length, blocks.length);
		assert.deepEqual(
			ids,
			blocks.map((b) => `p-${b.n}`),
		);
	});

	test('each block has the text of its bodyBlock (without the ¶ link), and headings stay headings', async () => {
		const { tree } = await render(body);
		topElements(tree).forEach((element, i) => {
			const block = blocks[i]!;
			const text = toString({
				...element,
				children: element.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && (c.properties.className as string[] | undefined)?.includes('pilcrow'))),
			});
			assert.equal(text, block.text, `p-${block.n}`);
			assert.equal(/^h[1-6]$/.test(element.tagName), block.heading, `p-${block.n} is ${element.tagName}`);
		});
	});

	test('every <p> starts with <a class="pilcrow" href="#p-N"> to itself; headings get none', async () => {
		const { html } = await render(body);
		const paragraphs = [...html.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/g)];
		assert.equal(paragraphs.length, blocks.filter((b) => !b.heading).length);
		for (const [, attributes, inner] of paragraphs) {
			const id = attributes!.match(/\bid="(p-\d+)"/)?.[1];
			assert.ok(id, attributes);
			assert.match(attributes!, /\bclass="para"/);
			const n = id.slice(2);
			assert.ok(
				inner!.startsWith(`<a class="pilcrow" href="#${id}" title="第${n}段：链接与引文" data-pagefind-ignore="">¶${n}</a>`),
				inner!.slice(0, 120),
			);
		}
		for (const [, inner] of html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)) assert.doesNotMatch(inner!, /pilcrow/);
		assert.equal([...html.matchAll(/class="pilcrow"/g)].length, paragraphs.length);
	});

	test('keeps the words: ** becomes <strong>, nothing else is added', async () => {
		const { html } = await render(body);
		assert.match(html, /<p id="p-7" class="para"><a class="pilcrow" href="#p-7"[^>]*>¶7<\/a><strong>一是街道工委聚焦主责<\/strong>。/);
	});
});

describe('rehypeParagraphAnchors on every record', () => {
	for (const record of readContent(realContentDir).library.cases) {
		test(`${record.id}: one id per bodyBlock, with the same text`, async () => {
			const blocks = bodyBlocks(record.body);
			const elements = topElements((await render(record.body)).tree);
			assert.deepEqual(
				elements.map((e) => e.properties.id),
				blocks.map((b) => `p-${b.n}`),
			);
			elements.forEach((element, i) => {
				const text = toString({ ...element, children: element.children.filter((c) => !(c.type === 'element' && c.tagName === 'a')) });
				assert.equal(text, blocks[i]!.text, `p-${i + 1}`);
			});
		});
	}
});

describe('rehypeParagraphAnchors', () => {
	test('numbers paragraphs and headings of every level in one sequence', async () => {
		const { html } = await render('# 题\n\n甲\n\n### 小题\n\n乙\n');
		assert.deepEqual(
			[...html.matchAll(/<(\w+) id="(p-\d+)"/g)].map((m) => `${m[1]}#${m[2]}`),
			['h1#p-1', 'p#p-2', 'h3#p-3', 'p#p-4'],
		);
	});

	test('paragraphs nested in other blocks get no id and no ¶', async () => {
		const { html } = await render('> 引文\n');
		assert.match(html, /<blockquote>\s*<p>引文<\/p>/);
	});

	test('paragraphId', () => {
		assert.equal(paragraphId(12), 'p-12');
	});
});
