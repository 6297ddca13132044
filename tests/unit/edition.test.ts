import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
	applyEditionRules,
	bodyBlocks,
	diffEdition,
	EditionRuleError,
	normalisePunctuation,
	splitSentences,
	stripMarkup,
	toSimplified,
	type EditionRules,
	type EditionStep,
} from '../../src/lib/edition.ts';
import { loadEditionRules, verifyEditions } from '../../src/lib/verifyEditions.ts';
import { changsha, copyContent, realContentDir } from '../fixtures/bad-content.ts';
import { loadChangsha } from '../fixtures/library.ts';

const rules = (steps: EditionStep[], script: EditionRules['script'] = 'simplified'): EditionRules => ({
	source: 'test.txt',
	record: 'test-record',
	script,
	steps,
});

describe('normalisePunctuation', () => {
	test('prints ASCII ,:;()?! full-width', () => {
		assert.equal(normalisePunctuation('长沙市,常住人口:792万;(一)好不好?好!'), '长沙市，常住人口：792万；（一）好不好？好！');
	});

	test('keeps thousands separators and times of day', () => {
		assert.equal(normalisePunctuation('投入1,000万元'), '投入1,000万元');
		assert.equal(normalisePunctuation('共1,234,567人'), '共1,234,567人');
		assert.equal(normalisePunctuation('2018年10月22日15:29'), '2018年10月22日15:29');
		assert.equal(normalisePunctuation('来源:人民网 15:29'), '来源：人民网 15:29');
	});

	test('a comma between numbers that is not a thousands separator becomes full-width', () => {
		assert.equal(normalisePunctuation('第1,2条'), '第1，2条');
		assert.equal(normalisePunctuation('1,0000'), '1，0000');
		assert.equal(normalisePunctuation('2018年,共'), '2018年，共');
		assert.equal(normalisePunctuation('共3个,4个'), '共3个，4个');
	});

	test('leaves % and already full-width punctuation alone', () => {
		assert.equal(normalisePunctuation('城镇化率75%，'), '城镇化率75%，');
	});
});

describe('toSimplified (OpenCC tw → cn)', () => {
	test('converts traditional script, including 著 → 着 where the verb is meant', () => {
		assert.equal(toSimplified('著力'), '着力');
		assert.equal(toSimplified('臺賬'), '台账');
		assert.equal(toSimplified('黨組織領導核心作用'), '党组织领导核心作用');
	});

	test('leaves simplified text unchanged', () => {
		assert.equal(toSimplified('街道社区党组织'), '街道社区党组织');
	});
});

describe('applyEditionRules', () => {
	test('returns trimmed non-empty lines, with CRLF and BOM normalised and punctuation converted', () => {
		assert.deepEqual(applyEditionRules('\uFEFF第一段,有逗号\r\n\r\n  第二段:有冒号  \r\n', rules([])), ['第一段，有逗号', '第二段：有冒号']);
	});

	test('converts traditional archives before the steps, so steps are written in simplified script', () => {
		const archive = '廣告\n\n著力強化黨建\n';
		const out = applyEditionRules(archive, rules([{ op: 'removeLines', lines: ['广告'], reason: 'junk' }], 'traditional'));
		assert.deepEqual(out, ['着力强化党建']);
	});

	test('does not convert simplified archives', () => {
		assert.deepEqual(applyEditionRules('著名', rules([])), ['著名']);
	});

	test('steps see the ASCII punctuation of the archive (normalisation comes last)', () => {
		const out = applyEditionRules('标题:副标题\n正文,内容', rules([{ op: 'removeLines', lines: ['标题:副标题'], reason: 'headline' }]));
		assert.deepEqual(out, ['正文，内容']);
	});

	describe('removeLines', () => {
		test('removes every line equal (after trimming) to a listed line', () => {
			const archive = '扫一扫\n正文一\n  扫一扫  \n正文二\n页脚';
			const out = applyEditionRules(archive, rules([{ op: 'removeLines', lines: ['扫一扫', '页脚'], reason: 'junk' }]));
			assert.deepEqual(out, ['正文一', '正文二']);
		});

		test('does not remove lines that merely contain the text', () => {
			const out = applyEditionRules('扫一扫\n请扫一扫二维码', rules([{ op: 'removeLines', lines: ['扫一扫'], reason: 'junk' }]));
			assert.deepEqual(out, ['请扫一扫二维码']);
		});

		test('fails when a listed line is no longer in the archive', () => {
			assert.throws(
				() => applyEditionRules('正文', rules([{ op: 'removeLines', lines: ['扫一扫'], reason: 'junk' }])),
				(error: unknown) => error instanceof EditionRuleError && /test\.txt/.test(error.message) && /removeLines/.test(error.message) && /扫一扫/.test(error.message),
			);
		});
	});

	describe('replace', () => {
		test('replaces exactly one occurrence by default', () => {
			assert.deepEqual(applyEditionRules('甲乙丙', rules([{ op: 'replace', find: '乙', replace: '丁', reason: 'typo' }])), ['甲丁丙']);
		});

		test('replaces every occurrence when count says how many there are', () => {
			const out = applyEditionRules('甲乙甲乙', rules([{ op: 'replace', find: '乙', replace: '', count: 2, reason: 'junk' }]));
			assert.deepEqual(out, ['甲甲']);
		});

		test('fails when the count does not match (too many, too few, none)', () => {
			for (const [archive, count] of [
				['乙乙', undefined],
				['乙', 2],
				['甲', undefined],
			] as const) {
				assert.throws(
					() => applyEditionRules(archive, rules([{ op: 'replace', find: '乙', replace: '丁', ...(count ? { count } : {}), reason: 'x' }])),
					(error: unknown) => error instanceof EditionRuleError && /test\.txt: replace: expected \d occurrence/.test(error.message),
				);
			}
		});

		test('an empty find string never matches', () => {
			assert.throws(() => applyEditionRules('甲', rules([{ op: 'replace', find: '', replace: 'x', reason: 'x' }])), EditionRuleError);
		});
	});

	describe('keepBetween', () => {
		const archive = '导航\n标题\n正文一\n正文二\n相关新闻\n其他';

		test('keeps from the start line up to (excluding) the end line', () => {
			const out = applyEditionRules(archive, rules([{ op: 'keepBetween', from: '标题', until: '相关', reason: 'page chrome' }]));
			assert.deepEqual(out, ['标题', '正文一', '正文二']);
		});

		test('keeps to the end without `until`', () => {
			const out = applyEditionRules(archive, rules([{ op: 'keepBetween', from: '正文二', reason: 'x' }]));
			assert.deepEqual(out, ['正文二', '相关新闻', '其他']);
		});

		test('the end line is looked for after the start line only', () => {
			const out = applyEditionRules('尾\n头\n中\n尾', rules([{ op: 'keepBetween', from: '头', until: '尾', reason: 'x' }]));
			assert.deepEqual(out, ['头', '中']);
		});

		test('fails when the start or the end line no longer matches', () => {
			assert.throws(
				() => applyEditionRules(archive, rules([{ op: 'keepBetween', from: '不存在', reason: 'x' }])),
				(error: unknown) => error instanceof EditionRuleError && /keepBetween: start not found: 不存在/.test(error.message),
			);
			assert.throws(
				() => applyEditionRules(archive, rules([{ op: 'keepBetween', from: '标题', until: '不存在', reason: 'x' }])),
				(error: unknown) => error instanceof EditionRuleError && /keepBetween: end not found: 不存在/.test(error.message),
			);
		});
	});

	test('applies the steps in order', () => {
		const out = applyEditionRules(
			'甲\n乙',
			rules([
				{ op: 'replace', find: '甲', replace: '乙', reason: 'first' },
				{ op: 'replace', find: '乙', replace: '丙', count: 2, reason: 'second sees the first' },
			]),
		);
		assert.deepEqual(out, ['丙', '丙']);
	});
});

describe('stripMarkup and bodyBlocks', () => {
	test('stripMarkup removes heading markers, strong emphasis and MDX escapes, keeping the words', () => {
		assert.equal(stripMarkup('## 一、实施背景'), '一、实施背景');
		assert.equal(stripMarkup('###### 六级'), '六级');
		assert.equal(stripMarkup('**一是街道工委聚焦主责**。推进'), '一是街道工委聚焦主责。推进');
		assert.equal(stripMarkup('1\\*2 \\{x\\} \\<b\\> a\\_b \\# c\\\\d'), '1*2 {x} <b> a_b # c\\d');
		assert.equal(stripMarkup('#话题'), '#话题', 'a # without a space is text, not a heading');
	});

	test('bodyBlocks splits on blank lines, numbers from 1 and marks headings', () => {
		const blocks = bodyBlocks('\n\n第一段\n续行\n\n## 标题\n   \n**一是**内容\r\n\r\n\r\n### 小标题\n');
		assert.deepEqual(blocks, [
			{ n: 1, text: '第一段续行', heading: false },
			{ n: 2, text: '标题', heading: true },
			{ n: 3, text: '一是内容', heading: false },
			{ n: 4, text: '小标题', heading: true },
		]);
	});

	test('the Changsha body has its headings and paragraphs as blocks', () => {
		const blocks = bodyBlocks(loadChangsha().body);
		assert.equal(blocks.length, 28);
		assert.deepEqual(
			blocks.filter((b) => b.heading).map((b) => b.text),
			['一、实施背景', '二、主要做法', '（一）实施组织架构再造', '（二）实施工作机制再造', '（三）实施骨干队伍再造', '（四）实施服务阵地再造', '三、成效与启示'],
		);
		assert.ok(blocks.every((b) => !b.text.includes('**') && !b.text.startsWith('#')));
	});
});

describe('diffEdition', () => {
	test('equal editions have no difference', () => {
		assert.equal(diffEdition(['甲。乙。', '丙'], ['甲。乙。', '丙']), undefined);
	});

	test('names the block and the sentence of the first difference, with both versions', () => {
		const report = diffEdition(['标题', '甲句。乙句！丙句？', '丁'], ['标题', '甲句。乙句！丙白？', '戊']);
		assert.ok(report);
		assert.match(report, /^block 2, sentence 3:/);
		assert.match(report, /source rules give: 丙句？/);
		assert.match(report, /body has: +丙白？/);
		assert.doesNotMatch(report, /戊/, 'only the first difference is reported');
	});

	test('reports a missing and an extra block', () => {
		assert.match(diffEdition(['甲', '乙'], ['甲'])!, /^block 2: body is missing a block: 乙/);
		assert.match(diffEdition(['甲'], ['甲', '乙'])!, /^block 2: body has an extra block: 乙/);
	});

	test('reports a missing sentence at the end of a block', () => {
		const report = diffEdition(['甲。乙。'], ['甲。'])!;
		assert.match(report, /^block 1, sentence 2:/);
		assert.match(report, /body has: +\(nothing\)/);
	});

	test('splitSentences keeps the end punctuation and closing quotes with the sentence', () => {
		assert.deepEqual(splitSentences('他说：“好。”然后走了；我们留下！为什么？没有结尾'), ['他说：“好。”', '然后走了；', '我们留下！', '为什么？', '没有结尾']);
	});
});

describe('breakBefore', () => {
	test('starts a paragraph before each text and changes no character', () => {
		const out = applyEditionRules('一、总则。一是甲。二是乙。', rules([{ op: 'breakBefore', texts: ['一是', '二是'], reason: 'run-ins' }]));
		assert.deepEqual(out, ['一、总则。', '一是甲。', '二是乙。']);
		assert.equal(out.join(''), '一、总则。一是甲。二是乙。');
	});

	test('a text that is missing or occurs twice is an error, never a silent guess', () => {
		assert.throws(() => applyEditionRules('一是甲。', rules([{ op: 'breakBefore', texts: ['三是'], reason: 'r' }])), EditionRuleError);
		assert.throws(() => applyEditionRules('一是甲。一是乙。', rules([{ op: 'breakBefore', texts: ['一是'], reason: 'r' }])), EditionRuleError);
	});
});

describe('the real editions', () => {
	test('speeches are cut at their own run-in headings: no paragraph of a speech runs past about 520 characters', async () => {
		const reports = await verifyEditions(realContentDir);
		for (const record of ['conference-2022-beijing', 'conference-2022-shanxi', 'conference-2022-zhejiang', 'conference-2022-shandong']) {
			const text = readFileSync(join(realContentDir, 'cases', `${record}.mdx`), 'utf8').split(/\n---\n/).slice(1).join('\n---\n');
			const lengths = bodyBlocks(text).map((b) => b.text.length);
			assert.ok(Math.max(...lengths) <= 520, `${record}: ${lengths.join(',')}`);
			assert.ok(lengths.length >= 10, `${record}: ${lengths.length} paragraphs`);
			assert.equal(reports.find((r) => r.record === record)?.problem, undefined);
		}
	});

	test('every content/sources/*.rules.ts gives exactly its record body', async () => {
		const reports = await verifyEditions(realContentDir);
		assert.ok(reports.length >= 1);
		assert.deepEqual(
			reports.filter((r) => r.problem).map((r) => r.problem),
			[],
		);
		for (const r of reports) assert.ok(r.blocks > 0, `${r.record} has blocks`);
		const rulesList = await loadEditionRules(realContentDir);
		assert.equal(rulesList.length, reports.length, 'one rules module per record');
		for (const rule of rulesList) for (const step of rule.steps) assert.ok(step.reason.trim(), `every step of ${rule.source} states its reason`);
	});

	test('the Changsha body equals its archive under its rules', async () => {
		const [rule] = (await loadEditionRules(realContentDir)).filter((r) => r.record === 'changsha-sixiang-zaizao');
		assert.ok(rule);
		const archive = readFileSync(join(realContentDir, 'sources', rule.source), 'utf8');
		const expected = applyEditionRules(archive, rule);
		assert.deepEqual(
			bodyBlocks(loadChangsha().body).map((b) => b.text),
			expected,
		);
		assert.ok(expected.some((block) => block.includes('着力')), 'OpenCC tw→cn gives 着力');
		assert.ok(!expected.some((block) => block.includes('扫一扫')), 'the QR prompts are removed');
	});

	test('one changed character in a copy of the Changsha body is named by block and sentence', async () => {
		const { body } = loadChangsha();
		const [rule] = (await loadEditionRules(realContentDir)).filter((r) => r.record === 'changsha-sixiang-zaizao');
		const expected = applyEditionRules(readFileSync(join(realContentDir, 'sources', rule!.source), 'utf8'), rule!);
		const changed = body.replace('长沙市连续五年排名第一', '长沙市连续六年排名第一');
		assert.notEqual(changed, body);
		const report = diffEdition(
			expected,
			bodyBlocks(changed).map((b) => b.text),
		);
		// ¶7 is “一是街道工委聚焦主责…”; the changed sentence is its sixth.
		assert.ok(report);
		assert.match(report, /^block 7, sentence 6:/);
		assert.match(report, /source rules give: 开展全省基层党建述职考核以来，长沙市连续五年排名第一。/);
		assert.match(report, /body has: +开展全省基层党建述职考核以来，长沙市连续六年排名第一。/);
	});

	test('verifyEditions names the file of a changed body, and a rule that no longer matches', async () => {
		const copy = copyContent();
		try {
			const path = join(copy.contentDir, changsha);
			writeFileSync(path, readFileSync(path, 'utf8').replace('有95个街道，596个城市社区', '有95个街道，597个城市社区'));
			let [report] = await verifyEditions(copy.contentDir);
			assert.match(report!.problem ?? '', /changsha-sixiang-zaizao\.mdx: body differs from 000_c2cd04d92aac8273\.txt under its rules, at block 1, sentence 1:/);
			assert.match(report!.problem ?? '', /597个城市社区/);

			const archive = join(copy.contentDir, 'sources', '000_c2cd04d92aac8273.txt');
			writeFileSync(archive, readFileSync(archive, 'utf8').replace('中共長沙市委組織部\n', ''));
			[report] = await verifyEditions(copy.contentDir);
			assert.match(report!.problem ?? '', /000_c2cd04d92aac8273\.txt: removeLines: line not found: 中共长沙市委组织部/);
		} finally {
			copy.cleanup();
		}
	});
});

describe('nonParagraphBlocks', () => {
	test('finds blocks Markdown would render as lists, quotes or code, which would shift the ¶ numbering', async () => {
		const { nonParagraphBlocks } = await import('../../src/lib/edition.ts');
		assert.deepEqual(nonParagraphBlocks('## 一、标题\n\n正文一段。\n\n**一是**。正文。'), []);
		assert.deepEqual(nonParagraphBlocks('正文。\n\n- 列表\n\n1. 编号\n\n> 引用\n\n1、中文编号不是列表'), ['- 列表', '1. 编号', '> 引用']);
	});
});
