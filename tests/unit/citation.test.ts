import assert from 'node:assert/strict';
import { citationToCopy, isoDay } from '../../src/lib/citationCopy.ts';
import { describe, test } from 'node:test';
import {
	citationData,
	formatBibtex,
	formatCslJson,
	formatGbt,
	formatRis,
	pageUrl,
	paragraphCitation,
	paragraphUrl,
	type CitationData,
} from '../../src/lib/citation.ts';
import { readContent } from '../../src/lib/readContent.ts';
import type { EventData } from '../../src/schemas/event.ts';
import { realContentDir } from '../fixtures/bad-content.ts';
import { syntheticCitation } from '../fixtures/citations.ts';

const { library } = readContent(realContentDir);
const events = new Map((library.events as { id: string; data: EventData }[]).map((e) => [e.id, e.data.name]));
const site = 'https://example.org';

/** The neutral citation of each real record, as the record page and the downloads make it. */
const cited = library.cases.map((c) => ({
	record: c,
	data: citationData({ id: c.id, url: `/cases/${c.id}/`, data: c.data }, { eventName: c.data.event ? events.get(c.data.event.id) : undefined, site }),
}));
const byId = (id: string): CitationData => cited.find((c) => c.record.id === id)!.data;

const synthetic = syntheticCitation;

/** GB/T 7714 document type codes (table B.1) with an optional carrier code. */
const typeCode = String.raw`(?:M|C|G|N|J|D|R|S|P|DB|CP|EB|A|CM|DS|Z)(?:\/(?:MT|DK|CD|OL))?`;
/** Author or title, [type], optional //host, optional publication part, ending with a period. */
const gbtPattern = new RegExp(String.raw`^(?:[^.\[\]]+\. )?\[?[^\[\]]+\]?\[${typeCode}\](?:\/\/[^.]+)?(?:\. [^.]+)?\.$`, 'u');
/** Traces of a missing value or of a part left empty. */
const placeholders = /undefined|null|NaN|\[\]|\(\)|\.\.|, \.|\. \.|,,|, ,|: \.|\s{2}|^\s|\s$|不详/;

describe('GB/T 7714 citations of the real records', () => {
	test('all 8 records are cited', () => {
		assert.equal(cited.length, 8);
	});

	for (const { record, data } of cited) {
		test(`${record.id}: the standard's pattern, no placeholder, no invented address`, () => {
			const text = formatGbt(data);
			assert.match(text, gbtPattern);
			assert.doesNotMatch(text, placeholders);
			assert.ok(text.endsWith('.'));
			// Every source.url is unknown today: no address may appear.
			assert.equal(record.data.source.url, undefined);
			assert.doesNotMatch(text, /https?:|www\.|\/cases\//);
			// It starts with the author when there is one, else with the title.
			assert.ok(text.startsWith(record.data.author ? `${record.data.author}. ` : record.data.title), text);
			assert.ok(text.includes(record.data.title));
		});
	}

	test('each record reads as a Chinese academic reader expects it', () => {
		assert.deepEqual(Object.fromEntries(cited.map(({ record, data }) => [record.id, formatGbt(data)])), {
			'changsha-sixiang-zaizao':
				'中共长沙市委组织部. 湖南长沙市：实施“四项再造”，充分发挥街道社区党组织领导核心作用[EB/OL]. 人民网-中国共产党新闻网, 2018-10-22.',
			'conference-2022-beijing':
				'北京市委组织部. 扛起组织部门的政治责任 在党建引领基层治理中发挥牵头抓总作用[C]//2022年全国城市基层党建工作经验交流座谈会发言摘登. 2022.',
			'conference-2022-shandong':
				'山东省委组织部. 以“三年行动计划”为主抓手 推动城市基层党建引领基层治理提质增效[C]//2022年全国城市基层党建工作经验交流座谈会发言摘登. 2022.',
			'conference-2022-shanxi':
				'山西省委组织部. 明责考责 严督实查 推动城市基层党建引领基层治理任务落实落地[C]//2022年全国城市基层党建工作经验交流座谈会发言摘登. 2022.',
			'conference-2022-zhejiang':
				'浙江省委组织部. 紧扣现代社区建设目标 奋力提升城市基层党建引领基层治理能力[C]//2022年全国城市基层党建工作经验交流座谈会发言摘登. 2022.',
			'gaomi-15-fenzhong-dangjian-huoliquan': '中共高密市委组织部. [山东省高密市：打造15分钟党建活力圈][EB/OL]. 人民网-中国共产党新闻网, 2018-09-28.',
			'guizhou-jiedao-shequ-xianjinxing-jianshe': '贵州省街道社区党的组织先进性建设工程实施办法[A/OL]. 遵义医学院附属医院, 2008-08-07.',
			'lanzhou-wangge-dangjian': '中共兰州市委组织部. 先锋引领促发展 凝心聚力惠民生[Z].',
		});
	});

	test('no author (Guizhou): the 顺序编码制 rule, start with the title; no 佚名', () => {
		const text = formatGbt(byId('guizhou-jiedao-shequ-xianjinxing-jianshe'));
		assert.ok(text.startsWith('贵州省街道社区党的组织先进性建设工程实施办法['));
		assert.doesNotMatch(text, /佚名|Anon/);
	});

	test('no publication date but a repost (Guizhou): the reposting site and its date, and the note says so', () => {
		const data = byId('guizhou-jiedao-shequ-xianjinxing-jianshe');
		assert.equal(data.publisher, '遵义医学院附属医院');
		assert.deepEqual(data.issued, [2008, 8, 7]);
		assert.match(data.note, /转载：遵义医学院附属医院，2008年8月7日。/);
		assert.match(data.note, /印发日期文中未载/);
	});

	test('no date at all (Lanzhou): no date part, no publisher part', () => {
		const data = byId('lanzhou-wangge-dangjian');
		assert.equal(data.issued, undefined);
		assert.equal(formatGbt(data), '中共兰州市委组织部. 先锋引领促发展 凝心聚力惠民生[Z].');
		assert.match(data.note, /栏目：党建交流。/);
	});

	test('speeches are 析出文献 of the conference collection, with the event named', () => {
		const data = byId('conference-2022-shanxi');
		assert.equal(data.type, 'paper-conference');
		assert.equal(data.containerTitle, '2022年全国城市基层党建工作经验交流座谈会发言摘登');
		assert.equal(data.eventTitle, '2022年全国城市基层党建工作经验交流座谈会');
		assert.match(formatGbt(data), /\[C\]\/\/2022年全国城市基层党建工作经验交流座谈会发言摘登\. 2022\.$/);
	});

	test('a partial record says so in the note; a title the library supplied is bracketed and noted', () => {
		assert.match(byId('conference-2022-shandong').note, /部分文本：来源在此篇中途中断/);
		const gaomi = byId('gaomi-15-fenzhong-dangjian-huoliquan');
		assert.equal(gaomi.titleSupplied, true);
		assert.match(gaomi.note, /题名为城市基层党建案例库编辑据正文原话拟定/);
		assert.equal(byId('changsha-sixiang-zaizao').titleSupplied, false);
	});

	test('notes name the library edition and say the original address is unknown', () => {
		for (const { record, data } of cited) {
			assert.ok(data.note.includes(`城市基层党建案例库整理本：${site}/cases/${record.id}/。`), record.id);
			assert.match(data.note, /原始网址：来源未载明。/);
			assert.doesNotMatch(data.note, placeholders);
		}
	});
});

describe('GB/T 7714 rules on made-up records', () => {
	test('a known address ends the reference after the reader’s access date, a month date keeps its precision', () => {
		const data = synthetic({ source: { url: 'http://dangjian.people.com.cn/n1/2019/0301/c1.html' } });
		assert.equal(formatGbt(data), '中共某市委组织部. 某市社区党建经验[EB/OL]. 人民网-中国共产党新闻网, 2019-03[引用日期]. http://dangjian.people.com.cn/n1/2019/0301/c1.html.');
		assert.doesNotMatch(data.note, /原始网址/);
	});

	test('a subtitle is 其他题名信息 after ": "', () => {
		assert.equal(formatGbt(synthetic({ subtitle: '以长沙为例' })), '中共某市委组织部. 某市社区党建经验: 以长沙为例[EB/OL]. 人民网-中国共产党新闻网, 2019-03.');
	});

	test('a printed article of an unknown periodical is Z without /OL; a known print outlet becomes the publisher', () => {
		assert.equal(formatGbt(synthetic({ outlet: undefined, docType: 'experience-article' })), '中共某市委组织部. 某市社区党建经验[Z]. 2019-03.');
		assert.equal(formatGbt(synthetic({ outlet: '组织人事报', docType: 'experience-article' })), '中共某市委组织部. 某市社区党建经验[Z]. 组织人事报, 2019-03.');
	});

	test('a dated policy document from a website is A/OL with its own date, not the repost', () => {
		const data = synthetic({ docType: 'policy-document', outlet: '某市人民政府网', reposted: { date: '2020-01-02', by: '某医院' } });
		assert.equal(formatGbt(data), '中共某市委组织部. 某市社区党建经验[A/OL]. 某市人民政府网, 2019-03.');
		assert.match(data.note, /转载：某医院，2020年1月2日。/);
	});

	test('a speech without a known collection stands alone as [C]', () => {
		assert.equal(formatGbt(synthetic({ docType: 'conference-speech', outlet: undefined, published: { date: '2022' } })), '中共某市委组织部. 某市社区党建经验[C]. 2022.');
	});
});

describe('paragraph citations', () => {
	test('the record citation, then the edition, 第N段, the access date and the paragraph address', () => {
		const citation = formatGbt(byId('changsha-sixiang-zaizao'));
		const url = paragraphUrl('/cases/changsha-sixiang-zaizao/', 13, site);
		assert.equal(url, 'https://example.org/cases/changsha-sixiang-zaizao/#p-13');
		assert.equal(paragraphCitation(citation, 13, url), `${citation} 城市基层党建案例库整理本, 第13段[引用日期]. https://example.org/cases/changsha-sixiang-zaizao/#p-13.`);
	});

	test('copied, the access date is the day of copying and the library’s paths are on the page’s origin', () => {
		const day = new Date(2026, 11, 1, 9, 30);
		const relative = paragraphCitation('某. 某经验[EB/OL]. 人民网, 2019-03[引用日期]. http://a.cn/x/cases/b/.', 4, '/cases/lanzhou-wangge-dangjian/#p-4');
		assert.equal(
			citationToCopy(relative, 'https://cases.example.org', day),
			'某. 某经验[EB/OL]. 人民网, 2019-03[2026-12-01]. http://a.cn/x/cases/b/. 城市基层党建案例库整理本, 第4段[2026-12-01]. https://cases.example.org/cases/lanzhou-wangge-dangjian/#p-4.',
		);
		// Already absolute (a build with SITE_URL): unchanged but for the date; the note's address too.
		const absolute = '整理本：https://cases.example.org/cases/x/。第1段[引用日期]. https://cases.example.org/cases/x/#p-1.';
		assert.equal(citationToCopy(absolute, 'http://127.0.0.1:4321', day), absolute.replace('[引用日期]', '[2026-12-01]'));
		assert.equal(citationToCopy('整理本：/cases/x/。', 'http://h', day), '整理本：http://h/cases/x/。');
		assert.equal(isoDay(new Date(2027, 0, 5)), '2027-01-05');
	});

	test('the address is site-relative when the site address is unknown', () => {
		assert.equal(paragraphUrl('/cases/x/', 2), '/cases/x/#p-2');
		assert.equal(pageUrl('/cases/x/'), '/cases/x/');
		assert.equal(pageUrl('/cases/x/', 'https://example.org/'), 'https://example.org/cases/x/');
	});

	test('the page script template is the same words as the function', () => {
		const citation = formatGbt(byId('lanzhou-wangge-dangjian'));
		const template = paragraphCitation('', '{n}', '{url}');
		assert.equal(citation + template.replace('{n}', '4').replace('{url}', '/cases/lanzhou-wangge-dangjian/#p-4'), paragraphCitation(citation, 4, '/cases/lanzhou-wangge-dangjian/#p-4'));
	});
});

/** A tiny RIS reader: every line `XX  - value`, CRLF only, TY first, ER last. */
function parseRis(text: string): [string, string][] {
	assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
	assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'CRLF line ends only');
	const lines = text.slice(0, -2).split('\r\n');
	const fields = lines.map((line) => {
		const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
		assert.ok(m, `RIS line: ${line}`);
		return [m[1]!, m[2]!] as [string, string];
	});
	assert.equal(fields[0]![0], 'TY');
	assert.deepEqual(fields.at(-1), ['ER', '']);
	assert.equal(fields.filter(([tag]) => tag === 'TY' || tag === 'ER').length, 2, 'one reference');
	return fields;
}

describe('RIS', () => {
	for (const { record, data } of cited) {
		test(`${record.id} parses, with the known fields and no UR`, () => {
			const fields = parseRis(formatRis(data));
			const get = (tag: string) => fields.filter(([t]) => t === tag).map(([, v]) => v);
			assert.deepEqual(get('TI'), [record.data.title]);
			assert.deepEqual(get('AU'), record.data.author ? [record.data.author] : []);
			assert.deepEqual(get('UR'), []);
			if (data.issued) {
				assert.deepEqual(get('PY'), [String(data.issued[0])]);
				assert.match(get('DA')[0]!, /^\d{4}\/(\d{2})?\/(\d{2})?\/$/);
			} else assert.deepEqual([...get('PY'), ...get('DA')], []);
			for (const [tag, value] of fields) if (tag !== 'ER') assert.notEqual(value.trim(), '', tag);
			assert.deepEqual(get('N1'), [data.note]);
		});
	}

	test('reference types: web page, government document, conference paper, generic', () => {
		const type = (id: string) => parseRis(formatRis(byId(id)))[0]![1];
		assert.equal(type('changsha-sixiang-zaizao'), 'ELEC');
		assert.equal(type('guizhou-jiedao-shequ-xianjinxing-jianshe'), 'GOVDOC');
		assert.equal(type('conference-2022-beijing'), 'CPAPER');
		assert.equal(type('lanzhou-wangge-dangjian'), 'GEN');
	});

	test('dates at their precision; a known address is UR', () => {
		const fields = parseRis(formatRis(synthetic({ source: { url: 'http://example.com/a' } })));
		assert.deepEqual(fields.find(([t]) => t === 'DA'), ['DA', '2019/03//']);
		assert.deepEqual(fields.find(([t]) => t === 'UR'), ['UR', 'http://example.com/a']);
		assert.deepEqual(parseRis(formatRis(byId('conference-2022-zhejiang'))).find(([t]) => t === 'DA'), ['DA', '2022///']);
	});
});

/** A tiny BibTeX reader: one `@type{key, name = {value}, …}` entry with balanced braces. */
function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
	let depth = 0;
	for (const [i, ch] of [...text].entries()) {
		if (ch === '{' && text[i - 1] !== '\\') depth++;
		if (ch === '}' && text[i - 1] !== '\\') depth--;
		assert.ok(depth >= 0, 'no closing brace before its opening one');
	}
	assert.equal(depth, 0, 'balanced braces');
	assert.equal(text.match(/^@/gm)?.length, 1, 'one entry');
	const head = /^@(\w+)\{([\w-]+),\n/.exec(text);
	assert.ok(head, 'entry head');
	const fields = new Map<string, string>();
	const body = text.slice(head[0].length, text.lastIndexOf('}'));
	let rest = body;
	while (rest.trim() !== '') {
		const m = /^\s*(\w+) = \{/.exec(rest);
		assert.ok(m, `field at: ${rest.slice(0, 40)}`);
		let i = m[0].length;
		for (let d = 1; d > 0; i++) d += rest[i] === '{' ? 1 : rest[i] === '}' ? -1 : 0;
		assert.ok(!fields.has(m[1]!), `one ${m[1]}`);
		fields.set(m[1]!, rest.slice(m[0].length, i - 1));
		rest = rest.slice(i).replace(/^,/, '');
	}
	return { type: head[1]!, key: head[2]!, fields };
}

describe('BibTeX', () => {
	for (const { record, data } of cited) {
		test(`${record.id} parses as one entry with the required fields, Unicode kept`, () => {
			const { type, key, fields } = parseBibtex(formatBibtex(data));
			assert.equal(key, record.id);
			assert.equal(fields.get('title'), record.data.title);
			// The organisation is braced as one name, never split into family and given names.
			assert.equal(fields.get('author'), record.data.author ? `{${record.data.author}}` : undefined);
			assert.equal(fields.get('year'), data.issued ? String(data.issued[0]) : undefined);
			assert.equal(fields.has('url'), false);
			if (type === 'inproceedings') for (const f of ['author', 'title', 'booktitle', 'year']) assert.ok(fields.has(f), f);
			else assert.equal(type, 'misc');
			for (const [name, value] of fields) assert.notEqual(value.trim(), '', name);
		});
	}

	test('speeches are @inproceedings in their collection; web items without an address are @misc', () => {
		assert.equal(parseBibtex(formatBibtex(byId('conference-2022-beijing'))).type, 'inproceedings');
		const changsha = parseBibtex(formatBibtex(byId('changsha-sixiang-zaizao')));
		assert.equal(changsha.type, 'misc');
		assert.equal(changsha.fields.get('howpublished'), '人民网-中国共产党新闻网');
		assert.equal(changsha.fields.get('date'), '2018-10-22');
	});

	test('a web item with an address is @online; TeX specials are escaped and braces stay balanced', () => {
		const entry = parseBibtex(formatBibtex(synthetic({ title: '50% & {括号} #1_a', source: { url: 'http://example.com/a' } })));
		assert.equal(entry.type, 'online');
		assert.equal(entry.fields.get('title'), String.raw`50\% \& \{括号\} \#1\_a`);
		assert.equal(entry.fields.get('url'), 'http://example.com/a');
	});
});

describe('CSL-JSON', () => {
	for (const { record, data } of cited) {
		test(`${record.id} parses as one item with type, title, issued where known and no URL`, () => {
			const items = JSON.parse(formatCslJson(data)) as Record<string, any>[];
			assert.equal(items.length, 1);
			const item = items[0]!;
			assert.equal(item.id, record.id);
			assert.ok(['webpage', 'document', 'paper-conference'].includes(item.type));
			assert.equal(item.title, record.data.title);
			if (record.data.author) assert.deepEqual(item.author, [{ literal: record.data.author }]);
			else assert.equal(item.author, undefined);
			const date = record.data.published.date ?? record.data.reposted?.date;
			if (date) assert.deepEqual(item.issued, { 'date-parts': [date.split('-').map(Number)] });
			else assert.equal(item.issued, undefined);
			assert.equal(item.URL, undefined);
			assert.equal(item.language, 'zh-CN');
		});
	}
});
