/**
 * Record histories from `git log` output (src/lib/recordHistory.ts): the parser on fixture output in the
 * exact format of gitLogArguments, the per-file histories (renames, re-additions, shallow clones) and
 * what a page shows; then the same command run by real git on a throwaway repository.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
	changesByDay,
	fileHistories,
	gitBlobId,
	gitLogArguments,
	gitLogReader,
	historyOf,
	recordHistory,
	type LogCommit,
} from '../../src/lib/recordHistory.ts';
import { projectRoot } from '../fixtures/bad-content.ts';

const RS = '\x1e';
const US = '\x1f';
const zeros = '0'.repeat(40);
const blob = (n: number) => String(n).repeat(40).slice(0, 40);

/** A commit header line as `--format=%x1e%H%x1f%cI%x1f%D` prints it. */
const header = (hash: string, date: string, decorations = '') => `${RS}${hash.padEnd(40, '0')}${US}${date}${US}${decorations}`;
/** A raw line (--raw --no-abbrev). */
const raw = (status: string, from: string, to: string, ...paths: string[]) => `:100644 100644 ${from} ${to} ${status}\t${paths.join('\t')}`;
/** A patch header for one file. */
const patch = (path: string, added = false) => [`diff --git a/${path} b/${path}`, ...(added ? ['new file mode 100644', `--- /dev/null`] : [`--- a/${path}`]), `+++ b/${path}`];

const parse = (lines: string[]): LogCommit[] => {
	const reader = gitLogReader();
	for (const line of lines) reader.line(line);
	return reader.commits();
};

const changsha = 'content/cases/changsha.mdx';

/** Newest first: a body edit (merged from a branch), a facts edit, a title edit, the addition. */
const fixture = [
	header('d', '2026-12-03T09:00:00+08:00', 'HEAD -> main'),
	'',
	raw('M', blob(3), blob(4), changsha),
	'',
	...patch(changsha),
	'@@ -40 +40 @@ ---',
	'-旧的一句。',
	'+新的一句。',
	header('c', '2026-12-02T23:30:00+08:00'),
	'',
	raw('M', blob(2), blob(3), changsha),
	'',
	...patch(changsha),
	'@@ -20,0 +21,3 @@ facts:',
	'+  - dimension: streets',
	'+    value: 95',
	'+    quote: 有95个街道',
	header('b', '2026-11-30T10:00:00+00:00'),
	'',
	raw('M', blob(1), blob(2), changsha),
	'',
	...patch(changsha),
	// Line 2 is the first key: its heading is the opening delimiter.
	'@@ -2 +2 @@ ---',
	'-title: 旧标题',
	'+title: 新标题',
	header('a', '2026-11-22T08:00:00+00:00'),
	'',
	raw('A', zeros, blob(1), changsha),
	'',
	...patch(changsha, true),
	'@@ -0,0 +1,5 @@',
	'+---',
	'+title: 旧标题',
	'+facts:',
	'+---',
	'+正文。',
];

describe('gitLogReader', () => {
	test('reads each commit: hash, the committer date as a day, its files with blobs, what each hunk touched', () => {
		const commits = parse(fixture);
		assert.deepEqual(
			commits.map((c) => [c.hash[0], c.date, c.grafted, c.files.map((f) => [f.path, f.status, f.blob.slice(0, 1), [...f.kinds]])]),
			[
				['d', '2026-12-03', false, [[changsha, 'M', '4', ['body']]]],
				['c', '2026-12-02', false, [[changsha, 'M', '3', ['facts']]]],
				['b', '2026-11-30', false, [[changsha, 'M', '2', ['metadata']]]],
				// An added file's lines are not classified: the whole file is new.
				['a', '2026-11-22', false, [[changsha, 'A', '1', []]]],
			],
		);
	});

	test('the day is the committer’s own (the date part of %cI), not UTC', () => {
		assert.equal(parse(fixture)[1]!.date, '2026-12-02');
	});

	test('a hunk that crosses a key or the closing delimiter counts every part it touches', () => {
		const commits = parse([
			header('e', '2026-12-04T00:00:00+00:00'),
			raw('M', blob(4), blob(5), changsha),
			...patch(changsha),
			'@@ -30,3 +30,3 @@ editorialNotes:',
			'-  - quote: 在群。',
			'-facts:',
			'-  - dimension: streets',
			'+  - quote: 在群',
			'+facts:',
			'+  - dimension: street',
			'@@ -44,2 +44,2 @@ notThisPractice:',
			'-    reason: 目标',
			'----',
			'+    reason: 目标而已',
			'+---',
		]);
		assert.deepEqual([...commits[0]!.files[0]!.kinds].sort(), ['facts', 'metadata', 'notes']);
	});

	test('figures and editorial notes are 编辑说明; summary, themes and the rest are 元数据', () => {
		const kinds = (heading: string) => [...parse([header('f', '2026-12-05T00:00:00Z'), raw('M', blob(1), blob(2), changsha), ...patch(changsha), `@@ -9 +9 @@ ${heading}`, '-  x', '+  y'])[0]!.files[0]!.kinds];
		assert.deepEqual(kinds('figures:'), ['notes']);
		assert.deepEqual(kinds('summary: 长沙以组织架构…'), ['metadata']);
		assert.deepEqual(kinds('themes: [organisation]'), ['metadata']);
		assert.deepEqual(kinds('notThisPractice:'), ['facts']);
		assert.deepEqual(kinds('---'), ['body']);
	});

	test('a body line that looks like a patch header is still a body line', () => {
		const commits = parse([header('g', '2026-12-06T00:00:00Z'), raw('M', blob(1), blob(2), changsha), ...patch(changsha), '@@ -50 +50 @@ ---', '--- 破折号起首的一行', '+++ 加号起首的一行']);
		assert.deepEqual([...commits[0]!.files[0]!.kinds], ['body']);
	});

	test('marks a shallow clone’s boundary commit as grafted', () => {
		const commits = parse([header('h', '2026-12-07T00:00:00Z', 'grafted, HEAD -> main, origin/main'), raw('A', zeros, blob(1), changsha)]);
		assert.equal(commits[0]!.grafted, true);
		assert.equal(parse([header('h', '2026-12-07T00:00:00Z', 'tag: grafted-release')])[0]!.grafted, false);
	});

	test('ignores lines it has no use for (signatures, mode lines, similarity) ', () => {
		const commits = parse(['gpg: Signature made …', header('i', '2026-12-08T00:00:00Z'), 'gpg: Good signature', raw('M', blob(1), blob(2), changsha), ...patch(changsha), 'old mode 100644', 'new mode 100755']);
		assert.equal(commits.length, 1);
		assert.deepEqual([...commits[0]!.files[0]!.kinds], []);
	});
});

describe('fileHistories and recordHistory', () => {
	const working = (id: string) => (b: string) => b === id;

	test('a record’s dates: added, edition (body) and facts last changed, latest change; the log newest first', () => {
		const history = recordHistory(fileHistories(parse(fixture)), changsha, working(blob(4)));
		assert.deepEqual(history, {
			available: true,
			added: '2026-11-22',
			bodyChanged: '2026-12-03',
			factsChanged: '2026-12-02',
			lastChanged: '2026-12-03',
			changes: [
				{ date: '2026-12-03', commit: 'd00000000000', changed: ['body'] },
				{ date: '2026-12-02', commit: 'c00000000000', changed: ['facts'] },
				{ date: '2026-11-30', commit: 'b00000000000', changed: ['metadata'] },
				{ date: '2026-11-22', commit: 'a00000000000', changed: ['added'] },
			],
		});
	});

	test('without a body or facts change since its addition, those dates are its addition', () => {
		const history = recordHistory(fileHistories(parse(fixture.slice(fixture.indexOf(fixture.find((l) => l.startsWith(`${RS}b`))!)))), changsha, working(blob(2)));
		assert.ok(history.available);
		assert.equal(history.bodyChanged, '2026-11-22');
		assert.equal(history.factsChanged, '2026-11-22');
		assert.equal(history.lastChanged, '2026-11-30');
	});

	test('a working copy that is not the last commit’s blob has uncommitted changes: no date', () => {
		assert.deepEqual(recordHistory(fileHistories(parse(fixture)), changsha, working(blob(9))), { available: false, reason: 'uncommitted' });
	});

	test('a shallow clone gives no dates at all; no repository, none; a file git never saw is untracked', () => {
		const shallow = parse([header('a', '2026-12-07T00:00:00Z', 'grafted'), raw('A', zeros, blob(1), changsha)]);
		assert.deepEqual(recordHistory(fileHistories(shallow), changsha, working(blob(1))), { available: false, reason: 'shallow' });
		assert.deepEqual(recordHistory({ gap: 'no-git' }, changsha, working(blob(1))), { available: false, reason: 'no-git' });
		assert.deepEqual(recordHistory(fileHistories(parse(fixture)), 'content/cases/new.mdx', working(blob(1))), { available: false, reason: 'untracked' });
		assert.deepEqual(historyOf({}, 'new'), { available: false, reason: 'untracked' });
	});

	test('a renamed record keeps its history from before the rename', () => {
		const renamed = 'content/cases/changsha-sixiang-zaizao.mdx';
		const commits = parse([
			header('r', '2026-12-09T00:00:00Z'),
			`:100644 100644 ${blob(4)} ${blob(5)} R097\t${changsha}\t${renamed}`,
			`diff --git a/${changsha} b/${renamed}`,
			'similarity index 97%',
			`rename from ${changsha}`,
			`rename to ${renamed}`,
			`--- a/${changsha}`,
			`+++ b/${renamed}`,
			'@@ -2 +2 @@ ---',
			'-title: 新标题',
			'+title: 更新的标题',
			...fixture,
		]);
		const history = recordHistory(fileHistories(commits), renamed, working(blob(5)));
		assert.ok(history.available);
		assert.deepEqual(history.changes[0], { date: '2026-12-09', commit: 'r00000000000', changed: ['renamed', 'metadata'] });
		assert.equal(history.added, '2026-11-22');
		assert.equal(history.changes.length, 5);
	});

	test('a record added again after a deletion starts at its new addition', () => {
		const commits = parse([header('z', '2026-12-10T00:00:00Z'), raw('A', zeros, blob(7), changsha), header('y', '2026-12-09T00:00:00Z'), raw('D', blob(4), zeros, changsha), ...fixture]);
		const history = recordHistory(fileHistories(commits), changsha, working(blob(7)));
		assert.ok(history.available);
		assert.deepEqual(history.changes, [{ date: '2026-12-10', commit: 'z00000000000', changed: ['added'] }]);
	});

	test('the page lists a day once, with everything its commits changed', () => {
		assert.deepEqual(
			changesByDay([
				{ date: '2026-12-01', commit: 'a', changed: ['facts'] },
				{ date: '2026-12-01', commit: 'b', changed: ['body', 'facts'] },
				{ date: '2026-11-22', commit: 'c', changed: ['added'] },
			]),
			[
				{ date: '2026-12-01', changed: ['body', 'facts'] },
				{ date: '2026-11-22', changed: ['added'] },
			],
		);
	});
});

test('gitBlobId is git hash-object (SHA-1, and SHA-256 for 64-digit ids)', () => {
	assert.equal(gitBlobId(new TextEncoder().encode('hello\n')), 'ce013625030ba8dba906f756967f9e9ca394464a');
	assert.equal(gitBlobId(new Uint8Array()), 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
	assert.equal(gitBlobId(new TextEncoder().encode('hello\n'), 64), '2cf8d83d9ee29543b34a87727421fdecb7e3f3a183d337639025de576db9ebb4');
});

/** The real command on a real repository: git's output is what the parser expects. */
describe('gitLogArguments with real git', () => {
	let hasGit = true;
	try {
		execFileSync('git', ['--version']);
	} catch {
		hasGit = false;
	}
	const attributes = join(projectRoot, 'src', 'integrations', 'recordDiff.gitattributes');

	test('one git log tells body, facts, notes and metadata apart, follows the first parent and a rename', { skip: !hasGit }, () => {
		const root = mkdtempSync(join(tmpdir(), 'record-history-'));
		try {
			const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
			const write = (name: string, text: string) => writeFileSync(join(root, 'content', 'cases', name), text);
			const record = (title: string, fact: string, note: string, body: string) =>
				`---\ntitle: ${title}\nsummary: 摘要\neditorialNotes:\n  - quote: 正文\n    note: ${note}\nfacts:\n  - dimension: streets\n    quote: ${fact}\n---\n${body}\n\n第二段。\n`;
			mkdirSync(join(root, 'content', 'cases'), { recursive: true });
			git('init', '-q', '-b', 'main');
			write('a.mdx', record('甲', '有95个街道', '注一', '正文第一段。'));
			git('add', '.');
			git('commit', '-qm', 'add');
			write('a.mdx', record('乙', '有95个街道', '注一', '正文第一段。'));
			git('commit', '-qam', 'title');
			git('checkout', '-qb', 'side');
			write('a.mdx', record('乙', '有95个街道', '注一', '正文改过的第一段。'));
			git('commit', '-qam', 'body on a branch');
			git('checkout', '-q', 'main');
			write('a.mdx', record('乙', '有96个街道', '注二', '正文第一段。'));
			git('commit', '-qam', 'facts and notes');
			git('merge', '-q', '--no-edit', 'side');
			git('mv', 'content/cases/a.mdx', 'content/cases/b.mdx');
			git('commit', '-qm', 'rename');
			const output = git(...gitLogArguments('content/cases', attributes));
			const reader = gitLogReader();
			for (const line of output.split('\n')) reader.line(line);
			const commits = reader.commits();
			assert.deepEqual(
				commits.map((c) => c.files.map((f) => [f.status, [...f.kinds].sort()])),
				[[['R', []]], [['M', ['body']]], [['M', ['facts', 'notes']]], [['M', ['metadata']]], [['A', []]]],
				'rename; the merge (first parent: the branch’s body change, dated when merged); facts and notes; title; addition',
			);
			const head = execFileSync('git', ['rev-parse', 'HEAD:content/cases/b.mdx'], { cwd: root, encoding: 'utf8' }).trim();
			const history = recordHistory(fileHistories(commits), 'content/cases/b.mdx', (b) => b === head);
			assert.ok(history.available);
			assert.deepEqual(
				history.changes.map((c) => c.changed),
				[['renamed'], ['body'], ['facts', 'notes'], ['metadata'], ['added']],
			);
			assert.match(history.added!, /^\d{4}-\d{2}-\d{2}$/);
			assert.equal(history.added, history.changes.at(-1)!.date, 'the addition’s day');

			// A shallow clone of it: the boundary commit is marked, and no record gets a date.
			const clone = join(root, 'clone');
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
			const shallowOutput = execFileSync('git', gitLogArguments('content/cases', attributes), { cwd: clone, encoding: 'utf8' });
			const shallowReader = gitLogReader();
			for (const line of shallowOutput.split('\n')) shallowReader.line(line);
			assert.deepEqual(recordHistory(fileHistories(shallowReader.commits()), 'content/cases/b.mdx', (b) => b === head), { available: false, reason: 'shallow' });
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
