import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { readContent } from '../../src/lib/readContent.ts';
import {
	buildShards,
	candidates,
	chooseShardCount,
	countOccurrences,
	docText,
	excerpt,
	foldText,
	gramsOf,
	hashGram,
	indexGrams,
	matchesAll,
	paragraphHits,
	passesFilters,
	queryWords,
	shardOf,
} from '../../src/lib/search.ts';
import type { ExcerptPart, SearchDoc, SearchDocMeta, SearchShard } from '../../src/lib/search.ts';
import { absentTerms, expectedRecords, loadRecordTexts, policyTerms, traditionalQueries, twoWordQueries } from '../fixtures/search-terms.ts';

/** A synchronous posting lookup over built shards, as the browser client does it. */
function lookupIn(shards: SearchShard[]): (gram: string) => number[] {
	return (gram) => shards[shardOf(gram, shards.length)]?.[gram] ?? [];
}

/** Distinct index grams of some records, counted the way the site's index build counts them. */
function distinctGrams(docs: SearchDoc[]): number {
	const distinct = new Set<string>();
	for (const doc of docs) for (const line of foldText(docText(doc)).split('\n')) for (const g of indexGrams(line)) distinct.add(g);
	return distinct.size;
}

/** Positions (in `docs`) of the exact matches of the words: candidates, verified. */
function exactMatches(docs: SearchDoc[], shards: SearchShard[], words: string[]): number[] {
	return candidates(words, lookupIn(shards)).filter((i) => matchesAll(docs[i]!, words));
}

/** Positions of the records whose folded text contains every word, by brute force (no index). */
function bruteForce(docs: SearchDoc[], words: string[]): number[] {
	if (words.length === 0) return [];
	return docs.flatMap((doc, i) => (words.every((w) => foldText(docText(doc)).includes(w)) ? [i] : []));
}

function assertSuperset(superset: number[], subset: number[], message?: string) {
	const set = new Set(superset);
	for (const x of subset) assert.ok(set.has(x), `${message ?? ''}: ${x} missing from candidates [${superset.join(', ')}]`);
}

const doc = (id: string, title: string, ...texts: string[]): SearchDoc => ({
	id,
	title,
	paragraphs: texts.map((text, i) => ({ n: i + 1, text })),
});

describe('hashGram and shardOf', () => {
	test('is 32-bit FNV-1a: the standard test vectors (ASCII code units are the bytes)', () => {
		assert.equal(hashGram(''), 0x811c9dc5);
		assert.equal(hashGram('a'), 0xe40c292c);
		assert.equal(hashGram('b'), 0xe70c2de5);
		assert.equal(hashGram('foobar'), 0xbf9cf968);
	});

	test('fixed values for CJK and astral grams (a change here breaks every published shard)', () => {
		// Pinned: the browser finds a gram's shard with this hash, so it must never change silently.
		assert.equal(hashGram('党'), 0xdf561e4d);
		assert.equal(hashGram('党建'), 0x4bc7e015);
		assert.equal(hashGram('报到'), 0xf5d97b30);
		assert.equal(hashGram('𠀀'), 0xb722598d);
		assert.equal(shardOf('党建', 64), 0x4bc7e015 % 64);
	});

	test('is stable, unsigned and 32-bit', () => {
		for (const gram of ['党', '党建', '双报', '报到', 'ab', '１５', '𠀀', '𠀀建']) {
			const h = hashGram(gram);
			assert.equal(h, hashGram(gram));
			assert.ok(Number.isInteger(h) && h >= 0 && h <= 0xffffffff, `${gram}: ${h}`);
		}
		assert.notEqual(hashGram('党建'), hashGram('建党'));
	});

	test('shardOf is an integer in [0, shards) and spreads grams over the shards', () => {
		const grams = [...indexGrams('城市基层党建引领基层治理，党群服务中心和网格党建，吹哨报到、接诉即办。')];
		for (const shards of [1, 8, 64, 4096]) {
			for (const gram of grams) {
				const s = shardOf(gram, shards);
				assert.ok(Number.isInteger(s) && s >= 0 && s < shards, `${gram} → ${s} of ${shards}`);
			}
		}
		assert.ok(new Set(grams.map((g) => shardOf(g, 8))).size >= 4, 'grams land in several of 8 shards');
	});
});

describe('gramsOf', () => {
	test('a single character is its own gram; empty has none', () => {
		assert.deepEqual(gramsOf('党'), ['党']);
		assert.deepEqual(gramsOf('a'), ['a']);
		assert.deepEqual(gramsOf(''), []);
	});

	test('a longer word gives its distinct bigrams, in order', () => {
		assert.deepEqual(gramsOf('党建'), ['党建']);
		assert.deepEqual(gramsOf('双报到'), ['双报', '报到']);
		assert.deepEqual(gramsOf('三位一体'), ['三位', '位一', '一体']);
		assert.deepEqual(gramsOf('哈哈哈'), ['哈哈']);
		assert.deepEqual(gramsOf('党建党建'), ['党建', '建党']);
		assert.deepEqual(gramsOf('15分钟'), ['15', '5分', '分钟']);
	});

	test('astral characters stay whole (no lone surrogates)', () => {
		assert.deepEqual(gramsOf('𠀀'), ['𠀀']);
		assert.deepEqual(gramsOf('𠀀建'), ['𠀀建']);
		assert.deepEqual(gramsOf('党𠀀建'), ['党𠀀', '𠀀建']);
		for (const g of gramsOf('𠀀𠀁𠀂')) assert.equal(Array.from(g).length, 2, g);
	});
});

describe('indexGrams', () => {
	test('every unigram and bigram of a text', () => {
		assert.deepEqual([...indexGrams('双报到')].sort(), ['双', '双报', '报', '报到', '到'].sort());
		assert.deepEqual([...indexGrams('')], []);
		assert.deepEqual([...indexGrams('党')], ['党']);
	});

	test('no gram contains whitespace', () => {
		const grams = indexGrams('党建 引领\t治理\u3000社区 \n 网格');
		for (const g of grams) assert.doesNotMatch(g, /\s/u, JSON.stringify(g));
		assert.ok(grams.has('党建') && grams.has('引领') && grams.has('网格'));
		assert.ok(!grams.has('建 ') && !grams.has('建引'), 'no bigram across a space');
	});

	test('astral characters stay whole; the grams of any word of a text are among its grams', () => {
		const grams = indexGrams('党𠀀建');
		assert.deepEqual([...grams].sort(), ['党', '党𠀀', '𠀀', '𠀀建', '建'].sort());
		const text = '城市基层党建引领基层治理';
		for (const word of ['党建', '基层治理', '城', '治理']) for (const g of gramsOf(word)) assert.ok(indexGrams(text).has(g), g);
	});
});

describe('queryWords', () => {
	test('NFKC: full-width Latin and digits become half-width, and case is folded', () => {
		assert.deepEqual(queryWords('１５分钟'), ['15分钟']);
		assert.deepEqual(queryWords('３岗１８级'), ['3岗18级']);
		assert.deepEqual(queryWords('ＡＢＣ abc'), ['abc']);
		assert.deepEqual(queryWords('PARTY Building'), ['party', 'building']);
	});

	test('splits on any whitespace, including the ideographic space U+3000', () => {
		assert.deepEqual(queryWords('吹哨报到\u3000接诉即办'), ['吹哨报到', '接诉即办']);
		assert.deepEqual(queryWords('  网格\t党员\n '), ['网格', '党员']);
		assert.deepEqual(queryWords('大工委　兼职委员'), ['大工委', '兼职委员']);
	});

	test('removes duplicates (also after folding), keeping the first order', () => {
		assert.deepEqual(queryWords('党建 网格 党建'), ['党建', '网格']);
		assert.deepEqual(queryWords('１５分钟 15分钟'), ['15分钟']);
	});

	test('empty or blank queries have no words', () => {
		assert.deepEqual(queryWords(''), []);
		assert.deepEqual(queryWords('   '), []);
		assert.deepEqual(queryWords('\u3000\u3000'), []);
	});
});

describe('chooseShardCount', () => {
	const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

	test('is a power of two between 8 and 4096', () => {
		for (const grams of [0, 1, 100, 400, 3200, 5000, 12_345, 100_000, 1_000_000, 10_000_000, 1e9]) {
			const n = chooseShardCount(grams);
			assert.ok(isPowerOfTwo(n), `${grams} → ${n}`);
			assert.ok(n >= 8 && n <= 4096, `${grams} → ${n}`);
		}
		assert.equal(chooseShardCount(0), 8);
		assert.equal(chooseShardCount(1), 8);
		assert.equal(chooseShardCount(1e9), 4096);
	});

	test('grows (never shrinks) with the number of grams, about 400 grams a shard', () => {
		let previous = 0;
		for (let grams = 0; grams <= 4_000_000; grams += 997) {
			const n = chooseShardCount(grams);
			assert.ok(n >= previous, `${grams}: ${n} < ${previous}`);
			previous = n;
		}
		assert.equal(chooseShardCount(16 * 400), 16);
		assert.equal(chooseShardCount(64 * 400), 64);
		assert.ok(chooseShardCount(100_000) > chooseShardCount(10_000));
		assert.equal(chooseShardCount(64 * 100, 100), 64);
	});
});

describe('buildShards and candidates on a small corpus', () => {
	const docs: SearchDoc[] = [
		doc('a', '长沙双报到', '在职党员到社区双报到。', '网格党建全覆盖。'),
		// 双 and 报到 occur, but never 双报到.
		doc('b', '兰州街道', '双向发力，党员报到后参与网格治理。'),
		doc('c', '北京吹哨', '街乡吹哨、部门报到，接诉即办。'),
		doc('d', 'ＡＢＣ社区', '全角１５分钟服务圈。', '𠀀字在此。'),
		doc('e', '空白', ''),
	];
	const shards = buildShards(docs, 8);

	test('one shard per count; each gram lives in its own shard with sorted, distinct postings', () => {
		assert.equal(shards.length, 8);
		for (const [s, shard] of shards.entries())
			for (const [gram, postings] of Object.entries(shard)) {
				assert.equal(shardOf(gram, 8), s, gram);
				assert.doesNotMatch(gram, /\s/u);
				assert.deepEqual(postings, [...new Set(postings)].sort((x, y) => x - y), gram);
			}
	});

	test('the index stores the folded text (full-width digits and Latin are found half-width)', () => {
		const lookup = lookupIn(shards);
		assert.deepEqual(lookup('15'), [3]);
		assert.deepEqual(lookup('ab'), [3]);
		assert.deepEqual(lookup('ＡＢ'), []);
		assert.deepEqual(lookup('𠀀'), [3]);
		assert.deepEqual(lookup('党员'), [0, 1]);
	});

	test('candidates are a superset of the exact matches for every query', () => {
		const queries = ['双报到', '双', '报到', '党员', '网格', '吹哨 报到', '15分钟', 'abc', '𠀀字', '接诉即办', '不存在', '党建 双报到', '部门报到'];
		for (const query of queries) {
			const words = queryWords(query);
			const found = candidates(words, lookupIn(shards));
			const exact = bruteForce(docs, words);
			assertSuperset(found, exact, query);
			assert.deepEqual(exactMatches(docs, shards, words), exact, query);
		}
	});

	test('a word whose bigrams occur apart is a candidate but not a match', () => {
		// x has 双报 (双报名) and 报到 apart, never 双报到: every gram is there, the word is not.
		const apart = [doc('x', '标题', '双报名，然后报到。'), doc('y', '标题', '双报到')];
		const s = buildShards(apart, 8);
		const words = queryWords('双报到');
		assert.deepEqual(candidates(words, lookupIn(s)), [0, 1]);
		assert.equal(matchesAll(apart[0]!, words), false);
		assert.equal(matchesAll(apart[1]!, words), true);
		assert.deepEqual(exactMatches(apart, s, words), [1]);
	});

	test('双 and 报到 apart in a record: the record answers 双 and 报到 but not 双报到', () => {
		const lookup = lookupIn(shards);
		assert.deepEqual(exactMatches(docs, shards, ['双']), [0, 1]);
		assert.deepEqual(exactMatches(docs, shards, ['报到']), [0, 1, 2]);
		assert.deepEqual(exactMatches(docs, shards, ['双', '报到']), [0, 1]);
		assert.deepEqual(exactMatches(docs, shards, ['双报到']), [0]);
		assert.ok(!candidates(['双报到'], lookup).includes(1), 'b has no 双报 bigram');
	});

	test('a word never spans title and paragraph, or two paragraphs', () => {
		const split = [doc('x', '双报', '到社区', '党员'), doc('y', '标题', '社区党', '员')];
		const s = buildShards(split, 8);
		assert.deepEqual(candidates(['双报到'], lookupIn(s)), []);
		assert.deepEqual(candidates(['党员'], lookupIn(s)), [0]);
		assert.equal(matchesAll(split[1]!, ['党员']), false);
	});

	test('no words, or a gram that no record has, give no candidates', () => {
		assert.deepEqual(candidates([], lookupIn(shards)), []);
		assert.deepEqual(candidates(['党员', '不存在'], lookupIn(shards)), []);
		assert.deepEqual(candidates(['鑫'], lookupIn(shards)), []);
	});

	test('every word must be present (AND across words)', () => {
		assert.deepEqual(exactMatches(docs, shards, ['党员', '网格']), [0, 1]);
		assert.deepEqual(exactMatches(docs, shards, ['党员', '接诉即办']), []);
		assert.deepEqual(exactMatches(docs, shards, queryWords('吹哨 报到')), [2]);
	});
});

describe('search over the real records', () => {
	const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
	const { library, problems } = readContent(contentDir);
	const docs: SearchDoc[] = library.cases.map((record) => ({
		id: record.id,
		title: record.data.title,
		paragraphs: bodyBlocks(record.body).map((b) => ({ n: b.n, text: b.text })),
	}));
	const shardCount = chooseShardCount(distinctGrams(docs));
	const shards = buildShards(docs, shardCount);
	const roundTripped = JSON.parse(JSON.stringify(shards)) as SearchShard[];
	const records = loadRecordTexts();
	const queries = [...policyTerms, ...twoWordQueries, ...absentTerms, ...traditionalQueries.map((q) => q.simplified)];

	const ids = (positions: number[]) => positions.map((i) => docs[i]!.id).sort();

	test('reads the records and shards them', () => {
		assert.deepEqual(problems, []);
		assert.ok(docs.length >= 8, `${docs.length} records`);
		assert.ok(shardCount >= 8 && shardCount <= 4096);
		assert.equal(shards.length, shardCount);
		// The search's own record text is the fixture's ground-truth text.
		assert.deepEqual(
			docs.map((d) => ({ id: d.id, text: docText(d) })),
			records,
		);
	});

	for (const query of queries)
		test(`“${query}”: candidates ⊇ exact matches = the ground truth, also after a JSON round trip`, () => {
			const words = queryWords(query);
			const expected = expectedRecords(query, records);
			for (const [name, s] of [
				['built', shards],
				['JSON', roundTripped],
			] as const) {
				const found = candidates(words, lookupIn(s));
				const exact = found.filter((i) => matchesAll(docs[i]!, words));
				assertSuperset(found, bruteForce(docs, words), `${name} ${query}`);
				assert.deepEqual(ids(exact), expected, `${name} ${query}`);
			}
		});

	test('the fixture lists exercise both matches and non-matches', () => {
		assert.ok(policyTerms.every((q) => expectedRecords(q, records).length > 0));
		assert.ok(absentTerms.every((q) => expectedRecords(q, records).length === 0));
		assert.ok(twoWordQueries.some((q) => expectedRecords(q, records).length === 0));
	});

	test('some real queries have candidates that are not matches, so the exact check is exercised', () => {
		const loose = queries.filter((q) => {
			const words = queryWords(q);
			const found = candidates(words, lookupIn(shards));
			return found.some((i) => !matchesAll(docs[i]!, words));
		});
		assert.ok(loose.length > 0, 'every candidate was a match: the corpus no longer tests the verification step');
	});

	test('the JSON round trip keeps every shard as it was', () => {
		assert.deepEqual(roundTripped, shards);
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
	});
});

describe('paragraphHits', () => {
	const record = doc(
		'r',
		'网格标题',
		'网格党建，网格员，网格。',
		'没有要找的词。',
		'党员在网格里。党员，党员。',
		'ＡＢＣ与abc',
		'党员',
	);

	test('counts per paragraph equal plain substring counts; only paragraphs with hits, in order', () => {
		const words = ['网格', '党员'];
		const hits = paragraphHits(record, words);
		assert.deepEqual(hits, [
			{ n: 1, counts: { 网格: 3 } },
			{ n: 3, counts: { 网格: 1, 党员: 3 } },
			{ n: 5, counts: { 党员: 1 } },
		]);
		for (const hit of hits) {
			const text = record.paragraphs.find((p) => p.n === hit.n)!.text;
			for (const [word, count] of Object.entries(hit.counts)) assert.equal(count, text.split(word).length - 1, `${hit.n} ${word}`);
		}
	});

	test('the title is not a paragraph; matching is on the folded paragraph text', () => {
		assert.deepEqual(paragraphHits(record, ['标题']), []);
		assert.deepEqual(paragraphHits(record, ['abc']), [{ n: 4, counts: { abc: 2 } }]);
		assert.deepEqual(paragraphHits(record, []), []);
	});

	test('on the real records: counts are substring counts for every paragraph with a hit', () => {
		const { library } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
		for (const record of library.cases.slice(0, 3)) {
			const d: SearchDoc = { id: record.id, title: record.data.title, paragraphs: bodyBlocks(record.body).map((b) => ({ n: b.n, text: b.text })) };
			const words = ['党建', '网格', '党员'];
			const hits = paragraphHits(d, words);
			const expected = d.paragraphs.flatMap((p) => {
				const counts = Object.fromEntries(words.map((w) => [w, p.text.split(w).length - 1]).filter(([, c]) => (c as number) > 0));
				return Object.keys(counts).length ? [{ n: p.n, counts }] : [];
			});
			assert.deepEqual(hits, expected, record.id);
			assert.deepEqual(hits.map((h) => h.n), [...hits.map((h) => h.n)].sort((a, b) => a - b));
		}
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
		const start = excerpt('党建引领基层治理', ['党建'], 40);
		assert.deepEqual(start, [
			{ text: '党建', mark: true },
			{ text: '引领基层治理', mark: false },
		]);
		const end = excerpt('基层治理靠党建', ['党建'], 40);
		assert.deepEqual(end, [
			{ text: '基层治理靠', mark: false },
			{ text: '党建', mark: true },
		]);
		assert.deepEqual(excerpt('党建', ['党建']), [{ text: '党建', mark: true }]);
		const cutStart = excerpt(`${'甲'.repeat(20)}党建`, ['党建'], 5);
		assert.deepEqual(cutStart, [
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

	test('text without any word: its start, unmarked', () => {
		assert.deepEqual(excerpt('城市基层党建', ['网格']), [{ text: '城市基层党建', mark: false }]);
		const long = '字'.repeat(200);
		assert.deepEqual(excerpt(long, ['网格'], 10), [{ text: '字'.repeat(20), mark: false }]);
		assert.deepEqual(excerpt('城市基层党建', []), [{ text: '城市基层党建', mark: false }]);
	});

	test('finds folded words in unfolded text (full-width, upper case) and shows the text as written', () => {
		const parts = excerpt('服务圈：１５分钟，ABC社区', ['15分钟', 'abc']);
		assert.deepEqual(marked(parts), ['１５分钟', 'ABC']);
		assert.equal(joined(parts), '服务圈：１５分钟，ABC社区');
	});
});

describe('passesFilters', () => {
	const meta: SearchDocMeta = {
		id: 'changsha',
		title: '长沙',
		url: '/cases/changsha/',
		jurisdiction: { id: 'changsha', name: '长沙市' },
		province: { id: 'hunan', name: '湖南省' },
		year: 2019,
		docType: { id: 'report', label: '报道' },
		themes: [
			{ id: 'grid', label: '网格' },
			{ id: 'street-reform', label: '街道改革' },
		],
	};
	const undated: SearchDocMeta = { ...meta, id: 'undated', year: null, themes: [] };

	test('no filters, or empty filters, pass everything', () => {
		assert.equal(passesFilters(meta, {}), true);
		assert.equal(passesFilters(undated, { jurisdiction: [], province: [], docType: [], year: [], theme: [] }), true);
	});

	test('each filter on its own', () => {
		assert.equal(passesFilters(meta, { jurisdiction: ['changsha'] }), true);
		assert.equal(passesFilters(meta, { jurisdiction: ['beijing'] }), false);
		assert.equal(passesFilters(meta, { province: ['hunan'] }), true);
		assert.equal(passesFilters(meta, { province: ['gansu'] }), false);
		assert.equal(passesFilters(meta, { docType: ['report'] }), true);
		assert.equal(passesFilters(meta, { docType: ['speech'] }), false);
		assert.equal(passesFilters(meta, { year: ['2019'] }), true);
		assert.equal(passesFilters(meta, { year: ['2020'] }), false);
		assert.equal(passesFilters(meta, { theme: ['grid'] }), true);
		assert.equal(passesFilters(meta, { theme: ['volunteers'] }), false);
	});

	test('several values of one filter: any of them (OR)', () => {
		assert.equal(passesFilters(meta, { jurisdiction: ['beijing', 'changsha'] }), true);
		assert.equal(passesFilters(meta, { year: ['2018', '2019'] }), true);
		assert.equal(passesFilters(meta, { year: ['2018', '2020'] }), false);
		assert.equal(passesFilters(meta, { docType: ['speech', 'report'] }), true);
	});

	test('several filters: all of them (AND)', () => {
		assert.equal(passesFilters(meta, { province: ['hunan'], year: ['2019'], theme: ['grid'] }), true);
		assert.equal(passesFilters(meta, { province: ['hunan'], year: ['2020'] }), false);
		assert.equal(passesFilters(meta, { jurisdiction: ['changsha'], docType: ['speech'] }), false);
		assert.equal(passesFilters(meta, { jurisdiction: ['beijing', 'changsha'], theme: ['volunteers', 'street-reform'] }), true);
	});

	test("a record without a year is year 'unknown'", () => {
		assert.equal(passesFilters(undated, { year: ['unknown'] }), true);
		assert.equal(passesFilters(undated, { year: ['2019'] }), false);
		assert.equal(passesFilters(undated, { year: ['2019', 'unknown'] }), true);
		assert.equal(passesFilters(meta, { year: ['unknown'] }), false);
	});

	test('a record with several themes passes a theme filter matching any of them; none passes no theme filter', () => {
		assert.equal(passesFilters(meta, { theme: ['street-reform'] }), true);
		assert.equal(passesFilters(meta, { theme: ['grid', 'street-reform'] }), true);
		assert.equal(passesFilters(meta, { theme: ['volunteers', 'grid'] }), true);
		assert.equal(passesFilters(undated, { theme: ['grid'] }), false);
	});
});

describe('foldText', () => {
	test('is NFKC then lower case, like queries', () => {
		for (const text of ['１５分钟', 'ＡＢＣ社区', 'Party 党建', '\u3000全角空格', 'ﬁ ligature', '㈱', '城市基层党建']) {
			assert.equal(foldText(text), text.normalize('NFKC').toLowerCase(), text);
		}
		assert.equal(foldText('ＡＢＣ１２３'), 'abc123');
		assert.deepEqual(queryWords('ＡＢＣ１２３'), [foldText('ＡＢＣ１２３')]);
	});
});
