import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeTermLinks } from '../../src/lib/rehypeTermLinks.ts';

const terms = [
	{ id: 'dang-jian', forms: ['党建'] },
	{ id: 'wangge-dangjian', forms: ['网格党建'] },
	{ id: 'tai-zhang', forms: ['台账', '台帐'] },
];

async function render(markdown: string): Promise<string> {
	return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeTermLinks, { terms }).use(rehypeStringify).process(markdown));
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehypeTermLinks', () => {
	test('links the first occurrence of each term per section, and only the first', async () => {
		const html = await render('建立台账，网格党建好，党建强，台帐齐。\n\n再说党建。\n\n## 二、标题\n\n党建又出现。');
		assert.equal((html.match(/href="\/terms\/dang-jian\/"/g) ?? []).length, 2);
		assert.equal((html.match(/href="\/terms\/tai-zhang\/"/g) ?? []).length, 1);
		assert.match(html, /<a href="\/terms\/wangge-dangjian\/" class="term-link">网格党建<\/a>/);
	});
	test('a shorter term inside a longer one is not linked in its place', async () => {
		const html = await render('网格党建，网格党建，然后党建。');
		assert.match(html, /网格党建<\/a>，网格党建，然后<a href="\/terms\/dang-jian\/"/);
	});
	test('the text is unchanged: only links are added', async () => {
		const markdown = '**一是建立台账**。网格党建与党建、台帐。';
		const plain = String(await unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).process(markdown));
		assert.equal(textOf(await render(markdown)), textOf(plain));
	});
	test('existing links are left alone', async () => {
		const html = await render('[党建](https://example.org/) 和党建');
		assert.equal((html.match(/term-link/g) ?? []).length, 1);
		assert.match(html, /和<a href="\/terms\/dang-jian\/"/);
	});
});
