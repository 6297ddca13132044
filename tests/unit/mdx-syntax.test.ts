import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { usesMdxSyntax } from '../../src/lib/mdxSyntax.ts';

const withFrontmatter = (body: string) => `---\ntitle: "{不是表达式} <b>"\n---\n${body}`;

test('a plain Markdown body needs no MDX, whatever its frontmatter holds', () => {
	assert.equal(usesMdxSyntax(withFrontmatter('# 标题\n\n正文，含 **强调**、[链接](https://example.org/) 与 5 > 3。\n')), false);
	assert.equal(usesMdxSyntax(withFrontmatter('| 表 | 格 |\n|---|---|\n| a | b |\n')), false);
});

test('imports, exports, JSX or HTML tags, expressions and images need MDX', () => {
	for (const body of [
		"import Chart from '../Chart.astro';\n\n正文",
		'export const year = 2018;\n\n正文',
		'正文 <Chart data="x" /> 正文',
		'正文<br>正文',
		'<>片段</>',
		'<!-- 注释 -->',
		'共 {count} 个',
		'![活动照片](./photo.jpg)',
	])
		assert.equal(usesMdxSyntax(withFrontmatter(body)), true, body);
});

test('no record of the library needs MDX today (all render through the Markdown processor)', () => {
	const dir = 'content/cases';
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')))
		assert.equal(usesMdxSyntax(readFileSync(`${dir}/${name}`, 'utf8')), false, name);
});
