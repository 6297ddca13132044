/**
 * What a record page says about trust and reuse, on the test build (npm test builds with SITE_URL and a
 * correction channel, CORRECTIONS_URL and CORRECTIONS_EMAIL; the control build of bad-content.test.ts
 * has neither and checks that no channel is shown):
 * - 版权与更正: whose the source text is (its author, outlet, repost, from the record's fields), on what
 *   ground it is reproduced, the library's own work under CC BY 4.0, and the channel with the record
 *   filled in;
 * - 修订记录: the dates its edition and facts last changed, as git itself gives them (checked here with
 *   git, independently of the build's one log), or why they are unavailable; the record's data file
 *   carries the same.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatPartialDate } from '../../src/lib/formatDate.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { historyGapText } from '../../src/lib/recordHistory.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const dist = process.env['LIBRARY_OUT_DIR'] ?? join(projectRoot, 'dist');
const { library } = readContent(join(projectRoot, 'content'));
const built = existsSync(join(dist, 'index.html'));
const page = (id: string) => readFileSync(join(dist, 'cases', id, 'index.html'), 'utf8');
const section = (html: string, cls: string) => html.match(new RegExp(`<section class="${cls}"[\\s\\S]*?</section>`))?.[0] ?? '';
const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&amp;', '&');
const dataFile = (id: string) => JSON.parse(readFileSync(join(dist, 'data', 'cases', `${id}.json`), 'utf8'));

/** git, run here for one file at a time (a test may; the build runs one log for all). */
function git(...args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
}

describe('版权与更正 on every record page', { skip: !built && 'run `npm run build` first (npm test does)' }, () => {
	for (const record of library.cases)
		test(`${record.id}: whose the text is, why it is here, the licence, the channel with the record filled in`, () => {
			const rights = section(page(record.id), 'record-rights');
			assert.match(rights, /<h2 id="rights-heading">版权与更正<\/h2>/);
			const words = text(rights);
			if (record.data.author) assert.ok(words.includes(record.data.author), 'names the author');
			else assert.match(words, /未署作者/);
			if (record.data.outlet) assert.ok(words.includes(`发布：${record.data.outlet}`));
			if (record.data.reposted) assert.ok(words.includes(`转载：${record.data.reposted.by}`));
			assert.match(words, /为研究和教学照录这(份公开发布的政策文件|篇公开发表的(文章|会议发言))/);
			assert.match(words, /著作权属于其作者或发布者，不在本库的许可之内/);
			assert.match(rights, /<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/deed\.zh-hans" rel="license external">CC BY 4\.0<\/a>/);
			// The test build's channel (package.json build:test): the tracker with id and address, and a mail.
			const links = [...rights.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')).filter((h) => !h.includes('creativecommons'));
			assert.equal(links.length, 2, 'the tracker and the address');
			const tracker = new URL(links[0]!);
			assert.equal(tracker.origin, 'https://issues.example.org');
			assert.equal(tracker.searchParams.get('title'), `更正：${record.id}`);
			assert.equal(tracker.searchParams.get('body'), `https://cases.example.org/cases/${record.id}/`);
			const mail = new URL(links[1]!);
			assert.equal(`${mail.protocol}${mail.pathname}`, 'mailto:corrections@example.org');
			assert.equal(mail.searchParams.get('subject'), `更正：${record.id}`);
		});
});

describe('修订记录 on every record page and in its data file', { skip: !built && 'run `npm run build` first (npm test does)' }, () => {
	const shallow = git('rev-parse', '--is-shallow-repository');
	for (const record of library.cases)
		test(`${record.id}: the dates git gives, or why there are none`, () => {
			const history = section(page(record.id), 'record-history');
			assert.match(history, /<h2 id="history-heading">修订记录<\/h2>/);
			const data = dataFile(record.id).history;
			const file = `content/cases/${record.id}.mdx`;
			const uncommitted = git('status', '--porcelain', '--', file);
			if (shallow === undefined) return assert.deepEqual(data, { available: false, reason: 'no-git', note: historyGapText['no-git'] });
			if (shallow === 'true') return assert.equal(data.reason, 'shallow');
			if (uncommitted) return assert.equal(data.reason, 'uncommitted');
			// git's own answer, one file at a time: the day of the last commit that touched the file, and of its first.
			const last = git('log', '--first-parent', '-1', '--format=%cI', '--', file)!.slice(0, 10);
			const first = git('log', '--first-parent', '--diff-filter=A', '--format=%cI', '--', file)!.split('\n').at(0)!.slice(0, 10);
			assert.equal(data.available, true);
			assert.equal(data.lastChanged, last);
			assert.equal(data.added, first);
			assert.equal(data.changes.at(-1).changed[0], 'added');
			assert.equal(data.changes.length, Number(git('rev-list', '--first-parent', '--count', 'HEAD', '--', file)), 'one entry per commit that touched it');
			for (const [label, date] of [
				['正文最近修改于', data.bodyChanged],
				['结构化事实最近修改于', data.factsChanged],
			])
				assert.ok(text(history).includes(`${label} ${formatPartialDate(date)}`), `${label} ${date}`);
			assert.match(history, new RegExp(`<time datetime="${last}">`));
		});

	test('a page without dates says why, in the words of the data file', () => {
		for (const record of library.cases) {
			const data = dataFile(record.id).history;
			if (!data.available) assert.ok(text(section(page(record.id), 'record-history')).includes(`修订记录不可用：${data.note}`), record.id);
		}
	});
});

describe('licence in the data files', { skip: !built && 'run `npm run build` first (npm test does)' }, () => {
	test('every JSON file names CC BY 4.0 at its top; /data/ says so, for the CSV too, and no longer “尚未确定”', () => {
		for (const file of ['cases.json', 'facts.json', 'terms.json', `cases/${library.cases[0]!.id}.json`]) {
			const json = JSON.parse(readFileSync(join(dist, 'data', file), 'utf8'));
			assert.equal(json.license?.spdx, 'CC-BY-4.0', file);
			assert.equal(json.license.url, 'https://creativecommons.org/licenses/by/4.0/', file);
		}
		const data = readFileSync(join(dist, 'data', 'index.html'), 'utf8');
		assert.doesNotMatch(data, /尚未确定/);
		assert.match(data, /rel="license external">知识共享署名 4\.0 国际许可协议（CC BY 4\.0）<\/a>/);
		assert.match(text(data), /CSV 文件无处可写说明，以本页为准/);
	});
});
