import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import {
	combineHits,
	countOccurrences,
	excerpt,
	expandWords,
	fieldsContaining,
	paragraphHits,
	paragraphLink,
	termsNamed,
} from '../../src/lib/search.ts';
import type { EngineHit, ExcerptPart, SearchTerm } from '../../src/lib/search.ts';
import { beforeTexts, dateOrder, hideText, searchFields, showMeta, showText, toPagefindRecord } from '../../src/lib/searchRecord.ts';
import { dateRanks } from '../../src/lib/searchEngine.ts';
import type { SearchRecordInput } from '../../src/lib/searchRecord.ts';
import { decodeSearchContent, foldText, indexLanguage } from '../../src/lib/searchTokens.ts';
import { eventNames as readEventNames } from '../fixtures/search-terms.ts';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

const terms: SearchTerm[] = [
	{ id: 'taizhang', term: '台账', forms: ['台账', '台帐'] },
	{ id: 'da-gongwei', term: '大工委', forms: ['大工委', '大工委制'] },
	{ id: 'wangge', term: '网格', forms: ['网格'] },
];

describe('expandWords', () => {
	test('with aliases: a term brings all its forms, the word as typed first; other words stand for themselves', () => {
		assert.deepEqual(expandWords(['台账'], terms, true), [['台账', '台帐']]);
		assert.deepEqual(expandWords(['台帐'], terms, true), [['台帐', '台账']]);
		assert.deepEqual(expandWords(['大工委制', '党员', '台账'], terms, true), [['大工委制', '大工委'], ['党员'], ['台账', '台帐']]);
		assert.deepEqual(expandWords(['网格'], terms, true), [['网格']], 'a term without aliases is one form');
	});

	test('without aliases: every word is only itself', () => {
		assert.deepEqual(expandWords(['台账', '台帐', '大工委', '党员'], terms, false), [['台账'], ['台帐'], ['大工委'], ['党员']]);
	});

	test('only a whole form names a term: a word containing or contained in a form is itself', () => {
		assert.deepEqual(expandWords(['台账管理', '工委', '大工委会'], terms, true), [['台账管理'], ['工委'], ['大工委会']]);
	});

	test('no words, no glossary', () => {
		assert.deepEqual(expandWords([], terms, true), []);
		assert.deepEqual(expandWords(['台账'], [], true), [['台账']]);
	});
});

describe('termsNamed', () => {
	test('the terms one of whose forms is a query word, in glossary order, each once', () => {
		assert.deepEqual(
			termsNamed(['网格', '台帐'], terms).map((t) => t.id),
			['taizhang', 'wangge'],
		);
		assert.deepEqual(
			termsNamed(['台账', '台帐', '大工委制'], terms).map((t) => t.id),
			['taizhang', 'da-gongwei'],
		);
	});

	test('words that are no form name no term, also when they contain one', () => {
		assert.deepEqual(termsNamed(['党员', '网格员', '台账管理'], terms), []);
		assert.deepEqual(termsNamed([], terms), []);
	});
});

describe('combineHits', () => {
	const h = (id: string, score: number): EngineHit => ({ id, score });
	const rankOf = (...ids: string[]) => new Map(ids.map((id, i) => [id, i]));

	test('one word with one form: the engine’s hits, highest score first (stable)', () => {
		assert.deepEqual(combineHits([[[h('b', 1), h('a', 3), h('c', 2)]]]), [h('a', 3), h('c', 2), h('b', 1)]);
		assert.deepEqual(combineHits([[[h('b', 1), h('a', 1), h('c', 1)]]]), [h('b', 1), h('a', 1), h('c', 1)]);
	});

	test('within a word: the union of its forms’ hits, each once with its best score', () => {
		assert.deepEqual(combineHits([[[h('a', 1), h('b', 5)], [h('c', 2), h('a', 4)]]]), [h('b', 5), h('a', 4), h('c', 2)]);
		assert.deepEqual(combineHits([[[h('a', 4)], [h('a', 1)]]]), [h('a', 4)], 'a lower score never replaces a better one');
		assert.deepEqual(combineHits([[[], [h('a', 1)]]]), [h('a', 1)], 'a form without hits adds nothing');
	});

	test('across words: only the records every word has, with the words’ scores summed', () => {
		const perWord = [
			[[h('a', 1), h('b', 2), h('c', 3), h('d', 4)]],
			[[h('d', 1), h('c', 10), h('a', 5)]],
			[[h('c', 0.5)], [h('a', 0.25), h('d', 2)]],
		];
		assert.deepEqual(combineHits(perWord), [h('c', 13.5), h('d', 7), h('a', 6.25)]);
	});

	test('with a date rank: in that order, also when the forms of a word were sorted apart', () => {
		// Each form's hits come sorted by date on their own; their union must be sorted again.
		const perWord = [[[h('lanzhou', 3), h('x', 2)], [h('shandong', 9), h('changsha', 8)]]];
		assert.deepEqual(
			combineHits(perWord, rankOf('shandong', 'changsha', 'x', 'lanzhou')).map((x) => x.id),
			['shandong', 'changsha', 'x', 'lanzhou'],
		);
		assert.deepEqual(combineHits([[[h('a', 1), h('b', 1)]], [[h('b', 1)]]], rankOf('b', 'a')), [h('b', 2)]);
	});

	test('a word with no hits, or no words at all, gives nothing', () => {
		assert.deepEqual(combineHits([]), []);
		assert.deepEqual(combineHits([[[h('a', 1)]], [[]]]), []);
		assert.deepEqual(combineHits([[[h('a', 1)]], []]), []);
		assert.deepEqual(combineHits([[[h('a', 1)]], [[h('b', 1)]]]), []);
	});

	test('the same as a brute-force union and intersection, on random answers', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let round = 0; round < 200; round++) {
			const perWord = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
				Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
					const ids = [...'abcdefgh'].filter(() => random() < 0.5);
					return ids.map((id) => h(id, Math.floor(random() * 100)));
				}),
			);
			const best = perWord.map((forms) => {
				const scores = new Map<string, number>();
				for (const hit of forms.flat()) scores.set(hit.id, Math.max(scores.get(hit.id) ?? -Infinity, hit.score));
				return scores;
			});
			const expected = [...best[0]!.keys()]
				.filter((id) => best.every((s) => s.has(id)))
				.map((id) => h(id, best.reduce((sum, s) => sum + s.get(id)!, 0)));
			const snapshot = JSON.stringify(perWord);
			const byId = (list: EngineHit[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
			const byScore = combineHits(perWord);
			assert.deepEqual(byId(byScore), byId(expected), snapshot);
			for (let i = 1; i < byScore.length; i++) assert.ok(byScore[i - 1]!.score >= byScore[i]!.score, snapshot);
			const rank = rankOf(...'hgfedcba');
			const byRank = combineHits(perWord, rank);
			assert.deepEqual(byId(byRank), byId(expected), snapshot);
			for (let i = 1; i < byRank.length; i++) assert.ok(rank.get(byRank[i - 1]!.id)! < rank.get(byRank[i]!.id)!, snapshot);
			assert.equal(JSON.stringify(perWord), snapshot, 'the engine’s answers are not changed');
		}
	});
});

describe('countOccurrences', () => {
	test('counts non-overlapping occurrences, as a reader counts', () => {
		assert.equal(countOccurrences('党建党建党建', '党建'), 3);
		assert.equal(countOccurrences('哈哈哈', '哈哈'), 1);
		assert.equal(countOccurrences('哈哈哈哈', '哈哈'), 2);
		assert.equal(countOccurrences('aaaaa', 'aa'), 2);
		assert.equal(countOccurrences('网格党建', '党员'), 0);
		assert.equal(countOccurrences('', '党'), 0);
		assert.equal(countOccurrences('党建', ''), 0);
		assert.equal(countOccurrences('𠀀𠀀𠀀', '𠀀'), 3);
	});
});

describe('paragraphHits', () => {
	const record = paragraphs('网格党建，网格员，网格。', '没有要找的词。', '党员在网格里。党员，党员。', 'ＡＢＣ与abc', '党员');

	test('counts per paragraph equal plain substring counts; only paragraphs with hits, in order', () => {
		const words = ['网格', '党员'];
		const hits = paragraphHits(record, words);
		assert.deepEqual(hits, [
			{ n: 1, counts: { 网格: 3 } },
			{ n: 3, counts: { 网格: 1, 党员: 3 } },
			{ n: 5, counts: { 党员: 1 } },
		]);
		for (const hit of hits) {
			const text = record.find((p) => p.n === hit.n)!.text;
			for (const [word, count] of Object.entries(hit.counts)) assert.equal(count, text.split(word).length - 1, `${hit.n} ${word}`);
		}
	});

	test('matching is on the folded paragraph text; no words, no hits', () => {
		assert.deepEqual(paragraphHits(record, ['abc']), [{ n: 4, counts: { abc: 2 } }]);
		assert.deepEqual(paragraphHits(record, []), []);
		assert.deepEqual(paragraphHits([], ['党员']), []);
	});

	test('keeps the paragraphs’ own numbers (a record’s ¶ numbers need not start at 1 or be consecutive)', () => {
		const sparse = [
			{ n: 4, text: '党员' },
			{ n: 9, text: '群众' },
			{ n: 12, text: '党员和群众' },
		];
		assert.deepEqual(paragraphHits(sparse, ['群众']), [
			{ n: 9, counts: { 群众: 1 } },
			{ n: 12, counts: { 群众: 1 } },
		]);
	});

	test('on the real records, read back from their index content: counts are substring counts of the body', () => {
		const { library } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
		const words = ['党建', '网格', '党员', '15分钟', '3岗18级'];
		for (const record of library.cases) {
			const body = bodyBlocks(record.body).map((b) => ({ n: b.n, text: b.text }));
			const content = toPagefindRecord({ ...inputOf(record.data.title), paragraphs: body }).content;
			const hits = paragraphHits(decodeSearchContent(content).paragraphs, words);
			const expected = body.flatMap((p) => {
				const counts = Object.fromEntries(words.map((w) => [w, p.text.split(w).length - 1]).filter(([, c]) => (c as number) > 0));
				return Object.keys(counts).length ? [{ n: p.n, counts }] : [];
			});
			assert.deepEqual(hits, expected, record.id);
		}
	});
});

describe('fieldsContaining', () => {
	test('the positions of the fields that contain one of the words, folded; empty fields never', () => {
		const fields = ['山东省高密市：打造15分钟党建活力圈', '', '全国城市基层党建创新案例', '', 'ＡＢＣ组织部', '人民网'];
		assert.deepEqual(fieldsContaining(fields, ['党建']), [0, 2]);
		assert.deepEqual(fieldsContaining(fields, ['15分钟', '人民网']), [0, 5]);
		assert.deepEqual(fieldsContaining(fields, ['abc']), [4]);
		assert.deepEqual(fieldsContaining(fields, ['网格']), []);
		assert.deepEqual(fieldsContaining(fields, []), []);
		assert.deepEqual(fieldsContaining([], ['党建']), []);
	});
});

describe('paragraphLink', () => {
	const url = '/cases/x/';
	/** The parts of a link's text directive, decoded: prefix, text, suffix ('' when absent). */
	function directive(link: string): { anchor: string; prefix: string; text: string; suffix: string } {
		const [anchor, value] = link.split(':~:text=');
		assert.ok(value !== undefined, `${link} has a text directive`);
		const parts = value.split(',');
		assert.ok(parts.length >= 1 && parts.length <= 3, `${link}: prefix-, text, -suffix`);
		const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : '';
		const suffix = parts.at(-1)!.startsWith('-') ? parts.pop()!.slice(1) : '';
		assert.equal(parts.length, 1, `${link}: one text`);
		for (const part of [prefix, parts[0]!, suffix]) assert.doesNotMatch(part, /[-,&]/, `${link}: - , & are percent-encoded`);
		return { anchor: anchor!, prefix: decodeURIComponent(prefix), text: decodeURIComponent(parts[0]!), suffix: decodeURIComponent(suffix) };
	}

	test('lands on the word with up to 6 characters of the paragraph before and after it', () => {
		const link = paragraphLink(url, 3, '要推进城市基层党建引领基层治理工作。', '党建引领');
		assert.equal(link, `/cases/x/#p-3:~:text=${encodeURIComponent('推进城市基层')}-,${encodeURIComponent('党建引领')},-${encodeURIComponent('基层治理工作')}`);
		assert.deepEqual(directive(link), { anchor: '/cases/x/#p-3', prefix: '推进城市基层', text: '党建引领', suffix: '基层治理工作' });
	});

	test('prefix and suffix come from the same paragraph: shorter near its ends, absent at them', () => {
		assert.deepEqual(directive(paragraphLink(url, 1, '党建引领基层治理', '党建')), { anchor: '/cases/x/#p-1', prefix: '', text: '党建', suffix: '引领基层治理' });
		assert.doesNotMatch(paragraphLink(url, 1, '党建引领基层治理', '党建'), /text=[^,]*-,/, 'no prefix when the word starts the paragraph');
		assert.deepEqual(directive(paragraphLink(url, 2, '基层治理靠党建', '党建')), { anchor: '/cases/x/#p-2', prefix: '基层治理靠', text: '党建', suffix: '' });
		assert.equal(paragraphLink(url, 2, '党建', '党建'), `/cases/x/#p-2:~:text=${encodeURIComponent('党建')}`);
		assert.deepEqual(directive(paragraphLink(url, 5, '在党建中', '党建')), { anchor: '/cases/x/#p-5', prefix: '在', text: '党建', suffix: '中' });
	});

	test('the first occurrence in the paragraph', () => {
		const link = paragraphLink(url, 1, '网格一：网格化管理，网格二', '网格');
		assert.deepEqual(directive(link), { anchor: '/cases/x/#p-1', prefix: '', text: '网格', suffix: '一：网格化管' });
	});

	test('the directive characters - , & (and spaces, %) are percent-encoded, and decode back', () => {
		const text = 'A-B, C& D-2%党建x-y,z&w。';
		const link = paragraphLink(url, 7, text, '党建');
		assert.deepEqual(directive(link), { anchor: '/cases/x/#p-7', prefix: '& D-2%', text: '党建', suffix: 'x-y,z&' });
		assert.match(link, /%2D/);
		assert.match(link, /%2C/);
		assert.match(link, /%26/);
		assert.doesNotMatch(link.split(':~:text=')[1]!, /[ ]/);
	});

	test('the text as written: a folded word finds upper-case and full-width text', () => {
		assert.deepEqual(directive(paragraphLink(url, 1, '打造ABC社区', 'abc')), { anchor: '/cases/x/#p-1', prefix: '打造', text: 'ABC', suffix: '社区' });
		assert.deepEqual(directive(paragraphLink(url, 1, '全角１５分钟圈', '15分钟')), { anchor: '/cases/x/#p-1', prefix: '全角', text: '１５分钟', suffix: '圈' });
	});

	test('whitespace at the outer ends of prefix and suffix is dropped', () => {
		assert.deepEqual(directive(paragraphLink(url, 1, ' 党建 ', '党建')), { anchor: '/cases/x/#p-1', prefix: '', text: '党建', suffix: '' });
		assert.deepEqual(directive(paragraphLink(url, 1, 'party building now', 'building')), { anchor: '/cases/x/#p-1', prefix: 'party ', text: 'building', suffix: ' now' });
	});

	test('the context grows until the span occurs in no text shown before it (fact quotes, earlier paragraphs)', () => {
		const text = '一是全面推行“双报到”制度，推动在职党员到社区报到，在职党员到社区报到后亮身份。';
		const quote = '“双报到”制度，推动在职党员到社区报到，在职党员';
		const plain = directive(paragraphLink(url, 4, text, '在职党员'));
		assert.ok(quote.includes(plain.prefix + plain.text + plain.suffix), 'with 6 characters the span is inside the quote');
		const grown = directive(paragraphLink(url, 4, text, '在职党员', [quote]));
		const span = grown.prefix + grown.text + grown.suffix;
		assert.ok(!quote.includes(span) && text.includes(span), span);
		assert.equal(text.indexOf(span) + grown.prefix.length, text.indexOf('在职党员'), 'still the first occurrence in the paragraph');
		// The whole paragraph is in an earlier text: no span is unique, so the plain ¶ anchor.
		assert.equal(paragraphLink(url, 4, text, '在职党员', [`前文${text}后文`]), '/cases/x/#p-4');
	});

	test('a span that also occurs earlier in the same paragraph grows too', () => {
		const text = '社区党组织、社区党组织书记';
		const link = directive(paragraphLink(url, 1, text, '书记'));
		assert.equal(link.text, '书记');
		const span = link.prefix + link.text + link.suffix;
		assert.equal(text.indexOf(span), text.indexOf('书记') - link.prefix.length);
	});

	test('astral characters are counted whole (no lone surrogate, which encodeURIComponent would reject)', () => {
		const link = paragraphLink(url, 1, '𠀀𠀁𠀂𠀃𠀄𠀅𠀆党建𠀇𠀈𠀉𠀊𠀋𠀌𠀍', '党建');
		assert.deepEqual(directive(link), { anchor: '/cases/x/#p-1', prefix: '𠀁𠀂𠀃𠀄𠀅𠀆', text: '党建', suffix: '𠀇𠀈𠀉𠀊𠀋𠀌' });
	});

	test('the plain paragraph anchor when the word is not in the paragraph', () => {
		assert.equal(paragraphLink(url, 4, '城市基层党建', '网格'), '/cases/x/#p-4');
		assert.equal(paragraphLink(url, 4, '', '网格'), '/cases/x/#p-4');
		assert.equal(paragraphLink(url, 4, '党。建', '党建'), '/cases/x/#p-4');
	});
});

describe('excerpt', () => {
	const joined = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
	const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);

	test('marks every occurrence inside the window, and nothing else', () => {
		const parts = excerpt('前言。党建引领，网格党建，党员参与党建。', ['党建', '党员']);
		assert.deepEqual(marked(parts), ['党建', '党建', '党员', '党建']);
		assert.equal(joined(parts), '前言。党建引领，网格党建，党员参与党建。');
		for (const p of parts.filter((p) => !p.mark)) assert.ok(!p.text.includes('党建') && !p.text.includes('党员'), p.text);
		assert.ok(!parts.some((p) => p.text === ''), 'no empty parts');
	});

	test('adds … where the window cuts the text, on either side', () => {
		const before = '甲'.repeat(50);
		const after = '乙'.repeat(100);
		const parts = excerpt(`${before}党建${after}`, ['党建'], 10);
		assert.deepEqual(parts[0], { text: '…', mark: false });
		assert.deepEqual(parts.at(-1), { text: '…', mark: false });
		// The window is `radius` before the first occurrence and 2 × `radius` from its start (more context after).
		assert.equal(joined(parts), `…${'甲'.repeat(10)}党建${'乙'.repeat(18)}…`);
		assert.deepEqual(marked(parts), ['党建']);
		// An occurrence past the window is neither shown nor marked.
		const far = excerpt(`党建${'乙'.repeat(30)}党建`, ['党建'], 5);
		assert.deepEqual(marked(far), ['党建']);
		assert.equal(far.at(-1)!.text, '…');
	});

	test('a word at the very start or end of the text: no … on that side', () => {
		assert.deepEqual(excerpt('党建引领基层治理', ['党建'], 40), [
			{ text: '党建', mark: true },
			{ text: '引领基层治理', mark: false },
		]);
		assert.deepEqual(excerpt('基层治理靠党建', ['党建'], 40), [
			{ text: '基层治理靠', mark: false },
			{ text: '党建', mark: true },
		]);
		assert.deepEqual(excerpt('党建', ['党建']), [{ text: '党建', mark: true }]);
		assert.deepEqual(excerpt(`${'甲'.repeat(20)}党建`, ['党建'], 5), [
			{ text: '…', mark: false },
			{ text: '甲'.repeat(5), mark: false },
			{ text: '党建', mark: true },
		]);
	});

	test('overlapping candidate words at one place: the longer is marked', () => {
		for (const words of [
			['网格', '网格党建'],
			['网格党建', '网格'],
		]) {
			const parts = excerpt('推进网格党建工作，网格员。', words);
			assert.deepEqual(marked(parts), ['网格党建', '网格'], words.join(' '));
			assert.equal(joined(parts), '推进网格党建工作，网格员。');
		}
	});

	test('text without any word: its start, unmarked; empty words are ignored', () => {
		assert.deepEqual(excerpt('城市基层党建', ['网格']), [{ text: '城市基层党建', mark: false }]);
		assert.deepEqual(excerpt('字'.repeat(200), ['网格'], 10), [{ text: '字'.repeat(20), mark: false }]);
		assert.deepEqual(excerpt('城市基层党建', []), [{ text: '城市基层党建', mark: false }]);
		assert.deepEqual(excerpt('城市基层党建', ['']), [{ text: '城市基层党建', mark: false }]);
		assert.deepEqual(marked(excerpt('城市基层党建', ['', '党建'])), ['党建']);
	});

	test('finds folded words in unfolded text (full-width, upper case) and shows the text as written', () => {
		const parts = excerpt('服务圈：１５分钟，ABC社区', ['15分钟', 'abc']);
		assert.deepEqual(marked(parts), ['１５分钟', 'ABC']);
		assert.equal(joined(parts), '服务圈：１５分钟，ABC社区');
	});
});

/** A record input with only the title set, the rest neutral. */
function inputOf(title: string, fields: SearchRecordInput['fields'] = {}): SearchRecordInput {
	return {
		url: '/cases/x/',
		fields: { title, ...fields },
		paragraphs: [],
		place: '湖南省长沙市',
		date: null,
		docTypeLabel: '报道',
		filters: { province: ['hunan'], jurisdiction: ['changsha'], docType: ['report'], year: ['unknown'], theme: [] },
	};
}

describe('toPagefindRecord', () => {
	test('the content reads back as the fields, in searchFields order, and the paragraphs', () => {
		const record = toPagefindRecord({
			...inputOf('湖南长沙市：实施“四项再造”', { series: '征集评选活动', author: '中共长沙市委组织部', outlet: undefined }),
			paragraphs: [
				{ n: 1, text: '在职党员到社区双报到。' },
				{ n: 3, text: '网格党建。' },
			],
		});
		const decoded = decodeSearchContent(record.content);
		const expected = searchFields.map((f) => ({ title: '湖南长沙市：实施“四项再造”', series: '征集评选活动', author: '中共长沙市委组织部' })[f.key as string] ?? '');
		assert.deepEqual(
			searchFields.map((_, i) => decoded.fields[i] ?? ''),
			expected,
		);
		assert.deepEqual(decoded.paragraphs, [
			{ n: 1, text: '在职党员到社区双报到。' },
			{ n: 3, text: '网格党建。' },
		]);
		assert.equal(record.language, indexLanguage);
	});

	test('display values are unindexed metadata (never a title Pagefind would index); filters pass through', () => {
		const input = { ...inputOf('标题'), date: '2019-05' };
		const record = toPagefindRecord(input);
		assert.deepEqual(showMeta(record.meta), { place: '湖南省长沙市', date: '2019-05', docType: '报道', beforeRefs: '', before: '' });
		// Pagefind indexes metadata values as words: none may hold a letter or a digit.
		for (const value of Object.values(record.meta)) assert.doesNotMatch(value, /[\p{L}\p{N}]/u);
		assert.ok(!('title' in record.meta));
		assert.deepEqual(record.filters, input.filters);
		assert.equal(record.url, '/cases/x/');
	});

	test('texts shown before the record text come back from the fragment: paragraph parts as references, the rest as text', () => {
		const paragraphs = [
			{ n: 1, text: '一、总体情况' },
			{ n: 2, text: '全市500多个机关支部与社区结对，10万多名在职党员到社区报到。' },
		];
		const before = ['10万多名在职党员到社区报到', '一、总体情况', '摘要：编辑所写的话。'];
		const record = toPagefindRecord({ ...inputOf('标题'), paragraphs, before });
		const meta = showMeta(record.meta);
		assert.equal(meta.beforeRefs, '2.17.14 1.0.6');
		assert.equal(meta.before, '摘要：编辑所写的话。');
		const decoded = decodeSearchContent(record.content);
		assert.deepEqual(beforeTexts(meta, decoded.paragraphs), ['10万多名在职党员到社区报到', '一、总体情况', '摘要：编辑所写的话。']);
	});

	test('hideText is reversible over any text and leaves no letter or digit', () => {
		for (const text of ['', '湖南省长沙市', '2018-10-22', '2.17.14 1.0.6', '𠀀建 ABC ①', '\u001f分隔']) {
			assert.equal(showText(hideText(text)), text);
			assert.doesNotMatch(hideText(text), /[\p{L}\p{N}]/u);
		}
	});

	test('date order: newest first, equal dates by id, undated last; ranks put undated last oldest-first too', () => {
		const order = dateOrder([
			{ id: 'c', date: '2019' },
			{ id: 'u2', date: null },
			{ id: 'a', date: '2020-03' },
			{ id: 'b', date: '2022' },
			{ id: 'u1', date: null },
			{ id: 'd', date: '2020-03' },
		]);
		assert.deepEqual(order, { ids: ['b', 'a', 'd', 'c', 'u1', 'u2'], known: 4 });
		const byRank = (ranks: Map<string, number>) => [...ranks].sort((x, y) => x[1] - y[1]).map(([id]) => id);
		assert.deepEqual(byRank(dateRanks(order, 'newest')), ['b', 'a', 'd', 'c', 'u1', 'u2']);
		assert.deepEqual(byRank(dateRanks(order, 'oldest')), ['c', 'd', 'a', 'b', 'u1', 'u2']);
		// No sort keys in the index: Pagefind's metadata would carry the whole order in every first query.
		assert.equal('sort' in toPagefindRecord(inputOf('x')), false);
	});

	test('on the real records: every searched metadata field and paragraph reads back unchanged', () => {
		const { library } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
		const eventNames = readEventNames(library);
		for (const record of library.cases) {
			const d = record.data;
			const fields = { title: d.title, subtitle: d.subtitle, series: d.series, event: d.event && eventNames.get(d.event.id), author: d.author, outlet: d.outlet };
			const body = bodyBlocks(record.body).map((b) => ({ n: b.n, text: b.text }));
			const decoded = decodeSearchContent(toPagefindRecord({ ...inputOf(d.title, fields), paragraphs: body }).content);
			assert.deepEqual(
				searchFields.map((_, i) => decoded.fields[i] ?? ''),
				searchFields.map((f) => fields[f.key] ?? ''),
				record.id,
			);
			assert.deepEqual(decoded.paragraphs, body, record.id);
			for (const [i, text] of decoded.fields.entries()) assert.equal(foldText(text).length, text.length, `${record.id} field ${i}`);
		}
	});
});
