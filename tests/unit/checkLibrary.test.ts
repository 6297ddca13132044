import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkLibrary, ContentError, locateQuote, type LibraryInput } from '../../src/lib/checkLibrary.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

/** A fresh copy of the real library, to break one thing in. */
function library(): LibraryInput {
	const { library, problems } = readContent(realContentDir);
	assert.deepEqual(problems, []);
	return structuredClone(library);
}

function changshaOf(lib: LibraryInput) {
	const c = lib.cases.find((c) => c.id === 'changsha-sixiang-zaizao');
	assert.ok(c);
	return c;
}

/** Asserts exactly one problem, naming `file` then `field`, and returns it. */
function onlyProblem(lib: LibraryInput, file: string, field: string): string {
	const problems = checkLibrary(lib);
	assert.equal(problems.length, 1, problems.join('\n'));
	assert.ok(problems[0]!.startsWith(`${file}: ${field}: `), problems[0]);
	return problems[0]!;
}

const fact = (data: Partial<Fact> & Pick<Fact, 'quote'>): Fact => ({
	dimension: { collection: 'dimensions', id: 'street-internal-bodies' },
	value: '“6+2”模式',
	...data,
});

describe('checkLibrary on the real content', () => {
	test('reads every collection without schema problems', () => {
		const { library, problems } = readContent(realContentDir);
		assert.deepEqual(problems, []);
		assert.ok(library.cases.length >= 1);
		assert.ok(library.jurisdictions.some((j) => j.id === 'changsha'));
		assert.ok(library.dimensions.length > 0);
		assert.ok(library.themes.length > 0);
	});

	test('finds zero problems', () => {
		assert.deepEqual(checkLibrary(library()), []);
	});
});

describe('checkLibrary reports, with file and field', () => {
	test('an unknown jurisdiction', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.jurisdiction = { collection: 'jurisdictions', id: 'atlantis' };
		assert.match(onlyProblem(lib, c.filePath, 'jurisdiction'), /unknown jurisdiction "atlantis"/);
	});

	test('an unknown parent jurisdiction in jurisdictions.yaml', () => {
		const lib = library();
		const gaomi = lib.jurisdictions.find((j) => j.id === 'gaomi')!;
		gaomi.data.parent = { collection: 'jurisdictions', id: 'atlantis' };
		assert.match(onlyProblem(lib, gaomi.filePath, '[gaomi].parent'), /unknown jurisdiction "atlantis"/);
		assert.match(gaomi.filePath, /jurisdictions\.yaml$/);
	});

	test('an unknown theme, by its index', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.themes[2] = { collection: 'themes', id: 'astrology' };
		assert.match(onlyProblem(lib, c.filePath, 'themes[2]'), /unknown theme "astrology"/);
	});

	test('an unknown dimension in a fact, by its index', () => {
		const lib = library();
		const c = changshaOf(lib);
		// a fact whose dimension the record states twice, so that the row is not left silent (未提及) by the change
		const index = c.data.facts.findIndex((f, i) => c.data.facts.some((g, j) => j !== i && g.dimension.id === f.dimension.id));
		assert.ok(index >= 0);
		c.data.facts[index]!.dimension = { collection: 'dimensions', id: 'street-count' };
		assert.match(onlyProblem(lib, c.filePath, `facts[${index}].dimension`), /unknown dimension "street-count"/);
	});

	test('a fact quote that is not in the body', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.facts.push(fact({ quote: '探索实行街道内设机构“6+3”模式' }));
		const index = c.data.facts.length - 1;
		assert.match(onlyProblem(lib, c.filePath, `facts[${index}].quote`), /quote not found in the body: “探索实行街道内设机构“6\+3”模式”/);
	});

	test('a quote only found across the markup is not in the body text (matching is on plain text)', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.facts.push(fact({ quote: '**一是街道工委聚焦主责**' }));
		onlyProblem(lib, c.filePath, `facts[${c.data.facts.length - 1}].quote`);
	});

	test('a quote that occurs in two paragraphs, naming both', () => {
		const lib = library();
		const c = changshaOf(lib);
		// “连续三届荣获” is only in ¶1; “城市基层党建” is in many paragraphs.
		c.data.facts.push(fact({ quote: '城市基层党建' }));
		const blocks = bodyBlocks(c.body).filter((b) => b.text.includes('城市基层党建'));
		assert.ok(blocks.length >= 2);
		const problem = onlyProblem(lib, c.filePath, `facts[${c.data.facts.length - 1}].quote`);
		assert.match(problem, /occurs in several paragraphs/);
		assert.ok(problem.includes(`¶${blocks.map((b) => b.n).join(', ¶')}`), problem);
	});

	test('a quantity with a text value', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.facts[0]!.value = '792万';
		assert.match(onlyProblem(lib, c.filePath, 'facts[0].value'), /"resident-population" is a quantity, so the value must be a number/);
	});

	test('a quantity without a unit', () => {
		const lib = library();
		const c = changshaOf(lib);
		delete c.data.facts[0]!.unit;
		assert.match(onlyProblem(lib, c.filePath, 'facts[0].unit'), /needs a unit/);
	});

	test('a numeric value that is not in its quote', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.facts[0]!.value = 793;
		assert.match(onlyProblem(lib, c.filePath, 'facts[0].value'), /793 does not appear in its quote “常住人口792万”/);
	});

	test('a numeric value must be a whole number of its quote, not part of one', () => {
		const lib = library();
		const c = changshaOf(lib);
		const managed = c.data.facts.findIndex((f) => f.value === 7.44 && f.quote.includes('7.44万'));
		assert.ok(managed >= 0);
		for (const wrong of [7.4, 7, 44, 0.44, 7.445]) {
			c.data.facts[managed]!.value = wrong;
			assert.match(onlyProblem(lib, c.filePath, `facts[${managed}].value`), new RegExp(`^.*: ${String(wrong).replace('.', '\\.')} does not appear`));
		}
		c.data.facts[0]!.value = 79; // quote 常住人口792万
		c.data.facts[managed]!.value = 7.44;
		onlyProblem(lib, c.filePath, 'facts[0].value');
	});

	test('an editorial note whose quote is not in the body', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.editorialNotes[0]!.quote = '在群众。';
		assert.match(onlyProblem(lib, c.filePath, 'editorialNotes[0].quote'), /quote not found in the body: “在群众。”/);
	});

	test('an editorial note whose quote is ambiguous', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.editorialNotes.push({ quote: '街道社区', note: '太短。' });
		assert.match(onlyProblem(lib, c.filePath, 'editorialNotes[1].quote'), /occurs in several paragraphs/);
	});

	test('every problem, not just the first', () => {
		const lib = library();
		const c = changshaOf(lib);
		c.data.jurisdiction = { collection: 'jurisdictions', id: 'atlantis' };
		c.data.themes[0] = { collection: 'themes', id: 'astrology' };
		c.data.facts[1]!.quote = '城镇化率76%';
		const problems = checkLibrary(lib);
		assert.equal(problems.length, 4, problems.join('\n'));
		for (const field of ['jurisdiction', 'themes[0]', 'facts[1].value', 'facts[1].quote'])
			assert.ok(
				problems.some((p) => p.startsWith(`${c.filePath}: ${field}: `)),
				`${field} in\n${problems.join('\n')}`,
			);
	});
});

describe('locateQuote', () => {
	const blocks = bodyBlocks('甲乙丙。\n\n## 丁戊\n\n乙丙丁。');

	test('finds the single block holding the quote', () => {
		assert.deepEqual(locateQuote(blocks, '甲乙'), { block: { n: 1, text: '甲乙丙。', heading: false } });
		assert.deepEqual(locateQuote(blocks, '丁戊'), { block: { n: 2, text: '丁戊', heading: true } });
	});

	test('reports no block and several blocks', () => {
		assert.deepEqual(locateQuote(blocks, '己'), { error: 'not-found', blocks: [] });
		assert.deepEqual(locateQuote(blocks, '乙丙'), { error: 'ambiguous', blocks: [1, 3] });
	});
});

describe('ContentError', () => {
	test('lists every problem in its message', () => {
		const error = new ContentError(['a.mdx: title: missing', 'b.yaml: entry 2: id: duplicate']);
		assert.equal(error.name, 'ContentError');
		assert.deepEqual(error.problems, ['a.mdx: title: missing', 'b.yaml: entry 2: id: duplicate']);
		assert.match(error.message, /2 problems/);
		assert.match(error.message, /- a\.mdx: title: missing\n- b\.yaml: entry 2: id: duplicate/);
		assert.match(new ContentError(['x']).message, /1 problem\)/);
	});
});
