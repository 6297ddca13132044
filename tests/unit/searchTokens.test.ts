/**
 * The tokeniser (src/lib/searchTokens.ts) against plain substring search. What Pagefind does with the
 * tokens is modelled here (`PhraseModel`): the indexed content split on spaces, items without word
 * characters dropped (Pagefind indexes letters, digits and includeCharacters only), the rest lowercased
 * by position; a word matches when its `wordTokens` occur at consecutive positions (Pagefind's exact
 * phrase). The model must agree with `foldText(text).includes(word)`, and Pagefind itself (its Node API
 * and browser module, tests/support/nodePagefind.ts) must agree with the model.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { searchFields } from '../../src/lib/searchRecord.ts';
import {
	decodeSearchContent,
	encodeSearchContent,
	foldText,
	includeCharacters,
	indexLanguage,
	isWordCharacter,
	minimalForms,
	phraseQuery,
	queryWords,
	textItems,
	wordTokens,
	type SearchableText,
} from '../../src/lib/searchTokens.ts';
import { eventNames as readEventNames } from '../fixtures/search-terms.ts';
import { openPagefind, type PagefindApi } from '../support/nodePagefind.ts';

/** Pagefind's exact phrase matching over one record's indexed content, as modelled. */
class PhraseModel {
	/** The indexed words by position. */
	readonly words: string[];
	private positions = new Map<string, number[]>();

	constructor(content: string) {
		this.words = content
			.split(' ')
			.filter((item) => Array.from(item).some(isWordCharacter))
			.map((item) => item.toLowerCase());
		this.words.forEach((word, i) => {
			const list = this.positions.get(word);
			if (list) list.push(i);
			else this.positions.set(word, [i]);
		});
	}

	/** True when the word's tokens occur at consecutive positions. */
	matches(word: string): boolean {
		const tokens = wordTokens(word);
		if (tokens.length === 0) return false;
		return (this.positions.get(tokens[0]!) ?? []).some((start) => tokens.every((t, k) => this.words[start + k] === t));
	}
}

/** Plain substring search: a field or paragraph of the record contains the (folded) word. */
function containsWord(record: SearchableText, word: string): boolean {
	return [...record.fields, ...record.paragraphs.map((p) => p.text)].some((text) => foldText(text).includes(word));
}

/** The distinct query words of every substring of 1 to `longest` characters of the texts. */
function substringWords(texts: string[], longest = 6): Set<string> {
	const words = new Set<string>();
	for (const text of texts) {
		const chars = Array.from(text);
		for (let i = 0; i < chars.length; i++)
			for (let length = 1; length <= longest && i + length <= chars.length; length++)
				for (const word of queryWords(chars.slice(i, i + length).join(''))) words.add(word);
	}
	return words;
}

/** A deterministic pseudo-random generator (LCG), so that failures can be replayed. */
function randomGenerator(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

/** Reads the fields back as given: trailing empty fields are not stored, so compare with `?? ''`. */
function assertRoundTrip(record: SearchableText, message?: string) {
	const decoded = decodeSearchContent(encodeSearchContent(record));
	assert.ok(decoded.fields.length <= record.fields.length, message);
	assert.deepEqual(
		record.fields.map((_, i) => decoded.fields[i] ?? ''),
		record.fields,
		message,
	);
	assert.deepEqual(decoded.paragraphs, record.paragraphs, message);
}

/** The real records as the index takes them: metadata in searchFields order, then the body. */
function realRecords(): { id: string; record: SearchableText }[] {
	const { library, problems } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
	assert.deepEqual(problems, []);
	const eventNames = readEventNames(library);
	return library.cases.map((c) => {
		const d = c.data;
		const values: Record<string, string | undefined> = {
			title: d.title,
			subtitle: d.subtitle,
			series: d.series,
			event: d.event && eventNames.get(d.event.id),
			author: d.author,
			outlet: d.outlet,
		};
		return {
			id: c.id,
			record: {
				fields: searchFields.map((f) => values[f.key] ?? ''),
				paragraphs: bodyBlocks(c.body).map((b) => ({ n: b.n, text: b.text })),
			},
		};
	});
}

/** Sample texts: figures, Latin, astral characters, punctuation runs and repeats. */
const samples: string[] = [
	'在职党员到社区双报到，双报名后再报到。',
	'打造15分钟党建活力圈，“6+2”模式和“7+X”清单。',
	'服务群众1.4万人次，满意率95%以上；3岗18级、三岗十六级。',
	'Party building in 2022: ABC社区 and abc. It works.',
	'全角１５分钟与ＡＢＣ，ｘ＋１。',
	'𠀀字在此𠀁𠀀，党𠀀建。',
	'“吹哨报到”“接诉即办”——未诉先办！？（每月一题）《条例》、党建；',
	'哈哈哈哈，党建党建党建',
	'a-b c.d e_f 1..2 ++ %% .5',
];

describe('isWordCharacter and includeCharacters', () => {
	test('letters, digits and + . % belong to words; punctuation, spaces, quotes and private-use markers do not', () => {
		for (const c of ['党', '𠀀', 'a', 'Z', '7', '+', '.', '%', 'é', 'ж', '〇']) assert.ok(isWordCharacter(c), c);
		for (const c of [' ', '\u3000', '，', '。', '、', '；', '“', '”', '"', "'", '-', '—', '（', '《', '…', '\uE000', '\uE001', '\uE003']) assert.ok(!isWordCharacter(c), JSON.stringify(c));
	});

	test('includeCharacters are word characters, and never the phrase quote', () => {
		for (const c of includeCharacters) assert.ok(isWordCharacter(c), c);
		assert.ok(!includeCharacters.includes('"'));
		assert.equal(indexLanguage, 'und');
	});
});

describe('textItems', () => {
	test('a run of word characters: its overlapping bigrams, then its last character', () => {
		assert.deepEqual(textItems('双报到'), ['双报', '报到', '到']);
		assert.deepEqual(textItems('党'), ['党']);
		assert.deepEqual(textItems('哈哈哈'), ['哈哈', '哈哈', '哈']);
		assert.deepEqual(textItems(''), []);
	});

	test('figures keep + . % inside their run', () => {
		assert.deepEqual(textItems('6+2'), ['6+', '+2', '2']);
		assert.deepEqual(textItems('1.4万'), ['1.', '.4', '4万', '万']);
		assert.deepEqual(textItems('95%'), ['95', '5%', '%']);
		assert.deepEqual(textItems('15分钟'), ['15', '5分', '分钟', '钟']);
	});

	test('each run of other characters is one item, verbatim; whitespace is one (private) item', () => {
		assert.deepEqual(textItems('党建，“网格”'), ['党建', '建', '，“', '网格', '格', '”']);
		const spaced = textItems('ab  cd\t\u3000e');
		assert.deepEqual(
			spaced.filter((item) => Array.from(item).every(isWordCharacter)),
			['ab', 'b', 'cd', 'd', 'e'],
		);
		assert.equal(spaced.length, 7, 'one item for each run of whitespace');
		assert.ok(spaced.every((item) => !/\s/u.test(item)), 'no item contains whitespace');
	});

	test('astral characters stay whole; full-width Latin and digits are indexed half-width, case kept', () => {
		assert.deepEqual(textItems('𠀀建'), ['𠀀建', '建']);
		assert.deepEqual(textItems('党𠀀建'), ['党𠀀', '𠀀建', '建']);
		assert.deepEqual(textItems('１５Ａｂ'), ['15', '5A', 'Ab', 'b']);
	});

	test('every item is all word characters or has none, and never contains a space', () => {
		for (const text of samples)
			for (const item of textItems(text)) {
				const chars = Array.from(item);
				assert.ok(chars.every(isWordCharacter) || !chars.some(isWordCharacter), `${text}: ${JSON.stringify(item)}`);
				assert.ok(!item.includes(' '), item);
			}
	});
});

describe('wordTokens and phraseQuery', () => {
	test('a word is looked up by its bigrams; one character by itself', () => {
		assert.deepEqual(wordTokens('双报到'), ['双报', '报到']);
		assert.deepEqual(wordTokens('党建'), ['党建']);
		assert.deepEqual(wordTokens('党'), ['党']);
		assert.deepEqual(wordTokens('𠀀建设'), ['𠀀建', '建设']);
		assert.deepEqual(wordTokens(''), []);
	});

	test('the query is the quoted phrase of the tokens', () => {
		assert.equal(phraseQuery('双报到'), '"双报 报到"');
		assert.equal(phraseQuery('党'), '"党"');
		assert.equal(phraseQuery('6+2'), '"6+ +2"');
		assert.equal(phraseQuery('1.4万'), '"1. .4 4万"');
	});

	test('a word’s tokens are consecutive items of its own text', () => {
		for (const word of ['双报到', '党建引领基层治理', '3岗18级', '15分钟', '7+x', '1.4万', '95%', 'abc', '𠀀字在此']) {
			const model = new PhraseModel(encodeSearchContent({ fields: [], paragraphs: paragraphs(word) }));
			assert.ok(model.matches(word), word);
		}
	});
});

describe('encodeSearchContent and decodeSearchContent', () => {
	test('read back the same fields and paragraphs: the 8 real records', () => {
		const records = realRecords();
		assert.ok(records.length >= 8, `${records.length} records`);
		for (const { id, record } of records) {
			assert.equal(record.fields.length, searchFields.length);
			assertRoundTrip(record, id);
		}
	});

	test('read back the same fields and paragraphs: edge cases', () => {
		// Compatibility forms (full-width Ａ１) read back folded: see below.
		const asWritten = samples.filter((text) => Array.from(text).every((c) => !isWordCharacter(c.normalize('NFKC')) || c.normalize('NFKC') === c));
		assert.equal(asWritten.length, samples.length - 1);
		const edge = [
			...asWritten,
			'Party building in 2022',
			'15分钟',
			'6+2',
			'7+X',
			'1.4万',
			'95%',
			'𠀀',
			'。。，，“”——……！',
			' 党建 ',
			'.',
			'+',
			'',
		];
		for (const text of edge) {
			assertRoundTrip({ fields: [text], paragraphs: paragraphs(text) }, JSON.stringify(text));
			assertRoundTrip({ fields: ['', text, ''], paragraphs: [{ n: 7, text }, { n: 12, text: '党' }] }, JSON.stringify(text));
		}
		assertRoundTrip({ fields: edge, paragraphs: paragraphs(...edge) });
	});

	test('empty fields and records: absent fields read back empty; nothing at all is empty', () => {
		assertRoundTrip({ fields: ['', '', '标题', '', '', ''], paragraphs: [] });
		assertRoundTrip({ fields: ['标题', '', '', '', '', ''], paragraphs: paragraphs('', '党建', '') });
		assert.equal(encodeSearchContent({ fields: ['', ''], paragraphs: [] }), '');
		assert.deepEqual(decodeSearchContent(''), { fields: [], paragraphs: [] });
	});

	test('what reads back otherwise: whitespace runs as one space, full-width Latin and digits half-width', () => {
		const decoded = decodeSearchContent(encodeSearchContent({ fields: [], paragraphs: paragraphs('党建\u3000\u3000引领\t治理\n社区', '１５分钟ＡＢＣ') }));
		assert.deepEqual(decoded.paragraphs, paragraphs('党建 引领 治理 社区', '15分钟ABC'));
	});

	test('the paragraph numbers and field positions are not indexed: no word item comes from a marker', () => {
		const content = encodeSearchContent({ fields: ['甲', '', '乙'], paragraphs: [{ n: 1234567890, text: '丙' }] });
		const model = new PhraseModel(content);
		assert.deepEqual(model.words.slice(0, 3), ['甲', '乙', '丙']);
		for (const digit of '0123456789') assert.ok(!model.matches(digit), digit);
		assert.deepEqual(decodeSearchContent(content).paragraphs, [{ n: 1234567890, text: '丙' }]);
	});

	test('every word character of a record is a one-character item: a run’s last character, or else once as a presence token', () => {
		for (const text of [...samples, '双报到党建']) {
			const words = new PhraseModel(encodeSearchContent({ fields: [text], paragraphs: paragraphs(text) })).words;
			const single = words.filter((w) => Array.from(w).length === 1);
			for (const c of new Set(Array.from(textItems(text).join('')).filter(isWordCharacter))) assert.ok(single.includes(c.toLowerCase()), `${text}: ${c}`);
			const content = encodeSearchContent({ fields: [], paragraphs: paragraphs(text) });
			const presence = content.split(' ').slice(content.split(' ').indexOf('\uE003') + 1);
			if (content.includes('\uE003')) {
				assert.equal(new Set(presence).size, presence.length, `${text}: presence tokens are distinct`);
				const before = content.split(' ').slice(0, content.split(' ').indexOf('\uE003'));
				for (const c of presence) assert.ok(!before.includes(c), `${text}: ${c} is already a run's last character`);
			}
		}
	});
});

describe('phrase matching (modelled) agrees with substring search', () => {
	test('every substring of 1 to 6 characters of the sample texts', () => {
		for (const text of samples) {
			const record = { fields: [], paragraphs: paragraphs(text) };
			const model = new PhraseModel(encodeSearchContent(record));
			for (const word of substringWords([text])) assert.equal(model.matches(word), containsWord(record, word), `${text}: ${word}`);
		}
	});

	test('every substring of 1 to 6 characters of the samples, searched in a record of all the samples', () => {
		const record = { fields: samples.slice(0, 3), paragraphs: paragraphs(...samples.slice(3)) };
		const model = new PhraseModel(encodeSearchContent(record));
		for (const word of substringWords(samples)) assert.equal(model.matches(word), containsWord(record, word), word);
	});

	test('random words over the samples’ characters', () => {
		const record = { fields: [samples[0]!], paragraphs: paragraphs(...samples.slice(1)) };
		const model = new PhraseModel(encodeSearchContent(record));
		const alphabet = [...new Set(queryWords(samples.join(' ')).flatMap((w) => Array.from(w))), '鑫', 'q', '9'];
		const random = randomGenerator(2026);
		let found = 0;
		for (let i = 0; i < 20_000; i++) {
			const length = 1 + Math.floor(random() * 4);
			const word = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
			const expected = containsWord(record, word);
			if (expected) found++;
			assert.equal(model.matches(word), expected, word);
		}
		assert.ok(found > 100, `${found} random words occur: the test exercises matches too`);
	});

	test('every substring of 1 to 6 characters of the real records, and random words made of their characters', () => {
		const random = randomGenerator(8);
		for (const { id, record } of realRecords()) {
			const model = new PhraseModel(encodeSearchContent(record));
			const texts = [...record.fields, ...record.paragraphs.map((p) => p.text)];
			for (const word of substringWords(texts)) assert.equal(model.matches(word), true, `${id}: ${word}`);
			const alphabet = [...new Set(texts.flatMap((t) => Array.from(foldText(t)).filter(isWordCharacter)))];
			for (let i = 0; i < 2000; i++) {
				const word = Array.from({ length: 2 + Math.floor(random() * 3) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
				assert.equal(model.matches(word), containsWord(record, word), `${id}: ${word}`);
			}
			// Words made of two pieces that each occur, joined across a boundary: found only when the text has them joined.
			for (let i = 0; i + 1 < texts.length; i++) {
				const a = Array.from(texts[i]!).slice(-2).join('');
				const b = Array.from(texts[i + 1]!).slice(0, 2).join('');
				for (const word of queryWords(a + b)) assert.equal(model.matches(word), containsWord(record, word), `${id}: ${word}`);
			}
		}
	});

	test('never across a paragraph or field boundary', () => {
		const record = { fields: ['双报', '社区'], paragraphs: paragraphs('到社区党', '员工', '网格') };
		const model = new PhraseModel(encodeSearchContent(record));
		for (const word of ['双报到', '报到', '社区到', '区到', '党员', '社区党员', '工网', '员工网格', '区双'])
			assert.equal(model.matches(word), false, word);
		for (const word of ['双报', '社区', '到社区党', '员工', '网格', '党', '员']) assert.equal(model.matches(word), true, word);
	});

	test('never across punctuation or spaces', () => {
		for (const [text, word] of [
			['党。员', '党员'],
			['党，员', '党员'],
			['党 员', '党员'],
			['吹哨”“报到', '吹哨报到'],
			['双报——到', '双报到'],
			['双、报到', '双报'],
			['6-2', '62'],
			['a b', 'ab'],
		] as const) {
			const model = new PhraseModel(encodeSearchContent({ fields: [], paragraphs: paragraphs(text) }));
			assert.equal(model.matches(word), false, `${text}: ${word}`);
			assert.equal(containsWord({ fields: [], paragraphs: paragraphs(text) }, word), false);
		}
	});
});

describe('Pagefind agrees with the model', () => {
	let dir = '';
	let pagefind: PagefindApi;
	const records: SearchableText[] = [
		{ fields: ['双报', '社区'], paragraphs: paragraphs('到社区党', '员工') },
		...samples.map((text, i) => ({ fields: i % 2 ? [text] : [], paragraphs: i % 2 ? [] : paragraphs(text) })),
		{ fields: ['ABC社区'], paragraphs: paragraphs('党 员', '吹哨”“报到', '1、4', '6、2', '95 %') },
	];

	before(async () => {
		dir = mkdtempSync(join(tmpdir(), 'search-tokens-'));
		const { index, errors } = await createIndex({ forceLanguage: indexLanguage, includeCharacters });
		assert.ok(index, errors.join('; '));
		for (const [i, record] of records.entries()) {
			const added = await index.addCustomRecord({ url: `/r/${i}/`, content: encodeSearchContent(record), language: indexLanguage, meta: {}, filters: {}, sort: {} });
			assert.deepEqual(added.errors, []);
		}
		const written = await index.writeFiles({ outputPath: dir });
		assert.deepEqual(written.errors, []);
		await close();
		pagefind = await openPagefind(dir);
	});

	after(async () => {
		await pagefind?.destroy();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('for every substring word of the records and words across their boundaries, the same records match', async () => {
		const texts = records.flatMap((r) => [...r.fields, ...r.paragraphs.map((p) => p.text)]);
		const words = substringWords(texts, 6);
		for (const word of ['双报到', '党员', '吹哨报到', '1.4', '6+2', '95%', '社区党员', '鑫', 'abc', 'q', '在职党员到社区双报到', 'building']) words.add(word);
		const models = records.map((r) => new PhraseModel(encodeSearchContent(r)));
		let matched = 0;
		for (const word of words) {
			const response = await pagefind.search(phraseQuery(word));
			const found = (await Promise.all(response.results.map(async (r) => (await r.data()).url)))
				.map((url) => Number(new URL(url, 'http://x/').pathname.split('/')[2]))
				.sort((a, b) => a - b);
			const expected = models.flatMap((model, i) => (model.matches(word) ? [i] : []));
			assert.deepEqual(found, expected, word);
			assert.deepEqual(
				expected,
				records.flatMap((r, i) => (containsWord(r, word) ? [i] : [])),
				word,
			);
			if (found.length) matched++;
		}
		assert.ok(matched > 200, `${matched} of ${words.size} words found`);
	});
});

describe('queryWords', () => {
	test('splits on spaces (also U+3000), Chinese and ASCII quotes and punctuation', () => {
		assert.deepEqual(queryWords('吹哨报到 接诉即办'), ['吹哨报到', '接诉即办']);
		assert.deepEqual(queryWords('吹哨报到\u3000接诉即办\t网格\n党员'), ['吹哨报到', '接诉即办', '网格', '党员']);
		assert.deepEqual(queryWords('“吹哨报到”“接诉即办”'), ['吹哨报到', '接诉即办']);
		assert.deepEqual(queryWords('"双报到" \'大工委\''), ['双报到', '大工委']);
		assert.deepEqual(queryWords('网格、党员，群众；社区。'), ['网格', '党员', '群众', '社区']);
		assert.deepEqual(queryWords('《条例》（试行）——党建！？'), ['条例', '试行', '党建']);
		assert.deepEqual(queryWords('a-b'), ['a', 'b']);
	});

	test('NFKC: full-width Latin and digits become half-width, and case is folded', () => {
		assert.deepEqual(queryWords('１５分钟'), ['15分钟']);
		assert.deepEqual(queryWords('３岗１８级'), ['3岗18级']);
		assert.deepEqual(queryWords('ＡＢＣ abc'), ['abc']);
		assert.deepEqual(queryWords('PARTY Building'), ['party', 'building']);
		assert.deepEqual(queryWords('７＋Ｘ　９５％'), ['7+x', '95%']);
	});

	test('keeps + . % inside words (figures and names)', () => {
		assert.deepEqual(queryWords('6+2 7+X 1.4万 95%'), ['6+2', '7+x', '1.4万', '95%']);
		assert.deepEqual(queryWords('“6+2”模式'), ['6+2', '模式']);
	});

	test('removes duplicates (also after folding), keeping the first order; blank queries have no words', () => {
		assert.deepEqual(queryWords('党建 网格 党建'), ['党建', '网格']);
		assert.deepEqual(queryWords('１５分钟 15分钟'), ['15分钟']);
		assert.deepEqual(queryWords(''), []);
		assert.deepEqual(queryWords('   '), []);
		assert.deepEqual(queryWords('\u3000“”，。'), []);
	});

	test('every word is made of word characters only (so a phrase query never holds a quote)', () => {
		for (const text of samples) for (const word of queryWords(text)) assert.ok(Array.from(word).every(isWordCharacter), word);
	});
});

describe('foldText', () => {
	test('folds each character as the index does (NFKC where that is one word character), then lower case, like queries', () => {
		for (const text of ['１５分钟', 'ＡＢＣ社区', 'Party 党建', '城市基层党建', '①②']) assert.equal(foldText(text), text.normalize('NFKC').toLowerCase(), text);
		// Characters whose compatibility form is not one word character stay: the index keeps them as punctuation.
		for (const text of ['\u3000全角空格', '面积100㎡', '20℃', '等……其']) assert.equal(foldText(text), text.toLowerCase(), text);
		assert.deepEqual(queryWords('面积100㎡'), ['面积100']);
		assert.equal(foldText('ＡＢＣ１２３'), 'abc123');
		assert.deepEqual(queryWords('ＡＢＣ１２３'), [foldText('ＡＢＣ１２３')]);
	});
});

describe('minimalForms', () => {
	test('drops forms that contain another form', () => {
		assert.deepEqual(minimalForms(['大工委', '大工委制']), ['大工委']);
		assert.deepEqual(minimalForms(['大工委制', '大工委']), ['大工委']);
		assert.deepEqual(minimalForms(['兼职委员', '兼职委员制', '兼职']), ['兼职']);
		assert.deepEqual(minimalForms(['台账', '台帐']), ['台账', '台帐']);
	});

	test('keeps one of equal forms, and a single or no form as it is', () => {
		assert.deepEqual(minimalForms(['网格', '网格']), ['网格']);
		assert.deepEqual(minimalForms(['网格']), ['网格']);
		assert.deepEqual(minimalForms([]), []);
	});

	test('a text contains one of the forms exactly when it contains one of the minimal forms', () => {
		const groups = [['大工委', '大工委制', '党建'], ['网格党建', '网格', '党建引领网格治理'], ['双报到', '报到', '吹哨报到', '双报']];
		for (const forms of groups) {
			const minimal = minimalForms(forms);
			for (const text of [...samples, '大工委制', '党建引领网格治理', '吹哨报到']) assert.equal(minimal.some((f) => text.includes(f)), forms.some((f) => text.includes(f)), `${forms}: ${text}`);
		}
	});
});

describe('marker characters inside a text', () => {
	test('are replaced, never read as markers: fields and paragraphs keep their place', () => {
		const record = { fields: ['标\uE002题'], paragraphs: [{ n: 1, text: '甲\uE003乙\uE001丙\uE000丁' }, { n: 2, text: '戊' }] };
		const decoded = decodeSearchContent(encodeSearchContent(record));
		assert.deepEqual(decoded.fields, ['标\uFFFD题']);
		assert.deepEqual(decoded.paragraphs, [
			{ n: 1, text: '甲\uFFFD乙\uFFFD丙\uFFFD丁' },
			{ n: 2, text: '戊' },
		]);
	});
});
