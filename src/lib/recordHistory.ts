/**
 * Each record's revision history, from the repository's git history: when its edition (the body) and
 * its structured facts last changed, and a short log of what changed when (正文, 结构化事实, 编辑说明,
 * 元数据, 收录). The build runs ONE `git log` over the records' folder for the whole library
 * (src/integrations/recordHistory.ts), never a process per record; this file holds the command's
 * arguments and everything done with its output, as pure functions over its lines.
 *
 * How a change is told apart: the log prints each commit's changes as zero-context hunks, and git
 * heads each hunk with the nearest line above it that the `xfuncname` pattern of the record files'
 * diff driver matches: a top-level frontmatter key (`facts:`, `title:` …) or a `---` delimiter. Below
 * the closing `---` is the body; under `facts:` or `notThisPractice:` the facts; and so on. A hunk's
 * own lines switch the part when they cross a key or the delimiter.
 *
 * What is never shown: a date that may be wrong. A shallow clone (git marks its boundary commit
 * `grafted`: its parent's changes would all look like additions), no git or no repository, a record
 * file not in git, or one whose working copy differs from its last commit: the page says the history
 * is unavailable, and why.
 */
import { createHash } from 'node:crypto';

/** What a change touched. */
export type ChangeKind = 'added' | 'renamed' | 'body' | 'facts' | 'notes' | 'metadata';

/** How the pages name each kind, in the order they list them. */
export const changeLabels: Record<ChangeKind, string> = {
	added: '收录',
	renamed: '更改编号',
	body: '正文',
	facts: '结构化事实',
	notes: '编辑说明',
	metadata: '元数据',
};
const kindOrder = Object.keys(changeLabels) as ChangeKind[];

/** Frontmatter keys that hold the structured facts, and those that hold editorial notes on the text. */
const factKeys = new Set(['facts', 'notThisPractice']);
const noteKeys = new Set(['editorialNotes', 'figures']);

/** The diff driver the record files get (src/integrations/recordDiff.gitattributes names it). */
export const diffDriver = 'library-record';
/** The lines git may use as a hunk's heading: a top-level YAML key, or a frontmatter delimiter. */
export const hunkHeadingPattern = '^(---|[A-Za-z][A-Za-z0-9_]*:)';
/** Each commit starts with RS, then hash, committer date (strict ISO 8601) and decorations, US-separated. */
const commitFormat = '%x1e%H%x1f%cI%x1f%D';

/**
 * The arguments of the one `git log`: the records' folder's history along the first parents (a merge
 * shows what it brought to the mainline, dated when it did), each commit's files with their blobs
 * (--raw) and their changes as zero-context hunks (-p -U0), renames followed (-M), paths relative to
 * the working directory. Options a user's configuration could change are set explicitly.
 */
export function gitLogArguments(casesDir: string, attributesFile: string): string[] {
	return [
		'-c', 'core.quotepath=off',
		'-c', `core.attributesFile=${attributesFile}`,
		'-c', `diff.${diffDriver}.xfuncname=${hunkHeadingPattern}`,
		'log', '--first-parent', '-m', '-M',
		'--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature',
		'--raw', '--no-abbrev', '-p', '-U0', '--inter-hunk-context=0', '--src-prefix=a/', '--dst-prefix=b/', '--relative',
		`--format=${commitFormat}`,
		'--', casesDir,
	]; // prettier-ignore
}

/** One file's change in one commit. */
export interface FileChange {
	/** Its path after the commit (relative to the working directory). */
	path: string;
	/** Its path before, for a rename. */
	from?: string;
	/** git's status letter: A added, M modified, D deleted, R renamed, T type changed. */
	status: string;
	/** The file's blob after the commit (all zeros when deleted). */
	blob: string;
	/** What its hunks touched. */
	kinds: Set<ChangeKind>;
}

/** One commit of the log. */
export interface LogCommit {
	hash: string;
	/** The committer's date, YYYY-MM-DD in the committer's time zone. */
	date: string;
	/** True for a shallow clone's boundary commit. */
	grafted: boolean;
	files: FileChange[];
}

const hunkHeader = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@ ?(.*)$/;
const topLevelKey = /^([A-Za-z][A-Za-z0-9_]*):/;

/** The part of a record a hunk starts in, from its heading and the line where it starts in the old file. */
function partAt(heading: string, oldStart: number): string {
	// The opening delimiter heads a hunk only on line 2 (line 1 is that delimiter; line 2 a key).
	if (heading.startsWith('---')) return oldStart <= 2 ? 'frontmatter' : 'body';
	return topLevelKey.exec(heading)?.[1] ?? 'frontmatter';
}

/** The part after a line of a hunk: the delimiter ends the frontmatter, a top-level key starts its field. */
function partAfter(part: string, line: string): string {
	if (part === 'body') return part;
	if (line === '---') return 'body';
	return topLevelKey.exec(line)?.[1] ?? part;
}

const kindOfPart = (part: string): ChangeKind => (part === 'body' ? 'body' : factKeys.has(part) ? 'facts' : noteKeys.has(part) ? 'notes' : 'metadata');

/**
 * Reads the output of `gitLogArguments` a line at a time (the output of a 5,000-record history is large:
 * an added file is printed whole), keeping per commit only which files changed and what they touched.
 */
export function gitLogReader() {
	const commits: LogCommit[] = [];
	let commit: LogCommit | undefined;
	/** The commit's files by path, old and new (a commit may add thousands). */
	let byPath = new Map<string, FileChange>();
	/** The file whose patch is being read, and whether its hunks count (an added file's do not). */
	let file: FileChange | undefined;
	let oldPath: string | undefined;
	let inHunk = false;
	let oldPart = '';
	let newPart = '';
	return {
		line(line: string): void {
			const first = line.charCodeAt(0);
			if (inHunk && (first === 45 /* - */ || first === 43 /* + */)) {
				if (!file) return;
				const text = line.slice(1);
				if (first === 45) {
					oldPart = partAfter(oldPart, text);
					file.kinds.add(text === '---' ? 'metadata' : kindOfPart(oldPart));
				} else {
					newPart = partAfter(newPart, text);
					file.kinds.add(text === '---' ? 'metadata' : kindOfPart(newPart));
				}
				return;
			}
			if (first === 0x1e) {
				const [hash = '', date = '', decorations = ''] = line.slice(1).split('\x1f');
				commit = { hash, date: date.slice(0, 10), grafted: decorations.split(', ').includes('grafted'), files: [] };
				commits.push(commit);
				byPath = new Map();
				file = undefined;
				inHunk = false;
				return;
			}
			if (!commit) return;
			if (first === 58 /* : */) {
				// :100644 100644 <old blob> <new blob> M\tpath   or   … R100\told\tnew
				const [meta = '', ...paths] = line.split('\t');
				const [, , , blob = '', status = ''] = meta.split(' ');
				const change: FileChange = { path: paths.at(-1) ?? '', status: status.charAt(0), blob, kinds: new Set() };
				if (paths.length === 2) change.from = paths[0]!;
				commit.files.push(change);
				byPath.set(change.path, change);
				if (change.from !== undefined) byPath.set(change.from, change);
				return;
			}
			if (line.startsWith('diff --git ')) {
				file = undefined;
				oldPath = undefined;
				inHunk = false;
				return;
			}
			if (!inHunk && line.startsWith('--- ')) {
				oldPath = line.startsWith('--- a/') ? line.slice(6) : undefined;
				return;
			}
			if (!inHunk && line.startsWith('+++ ')) {
				const path = line.startsWith('+++ b/') ? line.slice(6) : oldPath;
				const change = path === undefined ? undefined : byPath.get(path);
				file = change && change.status !== 'A' ? change : undefined;
				return;
			}
			const hunk = hunkHeader.exec(line);
			if (hunk) {
				inHunk = true;
				oldPart = newPart = partAt(hunk[2]!.trim(), Number(hunk[1]));
			}
		},
		/** The commits read, newest first. */
		commits: (): LogCommit[] => commits,
	};
}

/** One entry of a record's change log. */
export interface RecordChange {
	/** YYYY-MM-DD. */
	date: string;
	/** The commit, abbreviated to 12 characters. */
	commit: string;
	/** What changed, in the order of `changeLabels`. */
	changed: ChangeKind[];
}

/** Why a record's history is not shown. */
export type HistoryGap = 'no-git' | 'shallow' | 'untracked' | 'uncommitted';

/** What the pages say for each gap. */
export const historyGapText: Record<HistoryGap, string> = {
	'no-git': '构建时读不到本库的版本历史（没有 git 或不在仓库中）',
	shallow: '构建所用的仓库副本只有部分版本历史（浅克隆），无法给出准确日期',
	untracked: '本记录尚未提交到本库的版本库',
	uncommitted: '本记录有尚未提交到版本库的修改，最近修改日期无法确定',
};

/** A record's history as the pages and the open data give it. */
export type RecordHistory =
	| {
			available: true;
			/** When the record entered the library. */
			added?: string | undefined;
			/** When its edition (the body) last changed; its addition counts. */
			bodyChanged?: string | undefined;
			/** When its structured facts last changed; its addition counts. */
			factsChanged?: string | undefined;
			/** Its latest change of any kind. */
			lastChanged: string;
			/** Every change, newest first. */
			changes: RecordChange[];
	  }
	| { available: false; reason: HistoryGap };

/** The file histories of a log: per current path, its changes newest first and its blob at the last one. */
export interface LogHistories {
	/** True when the log reaches a shallow clone's boundary: no date can be trusted. */
	shallow: boolean;
	files: Map<string, { blob: string; changes: RecordChange[] }>;
}

/**
 * Each file's changes, newest first, following renames back (the older path's changes belong to the
 * file it became) and ending at the file's addition (an older file at the same path is another record).
 */
export function fileHistories(commits: LogCommit[]): LogHistories {
	const files = new Map<string, { blob: string; changes: RecordChange[] }>();
	const becomes = new Map<string, string>();
	const ended = new Set<string>();
	for (const commit of commits)
		for (const change of commit.files) {
			const path = becomes.get(change.path) ?? change.path;
			if (ended.has(path)) continue;
			let history = files.get(path);
			if (!history) files.set(path, (history = { blob: change.blob, changes: [] }));
			const kinds = new Set(change.kinds);
			if (change.status === 'A') kinds.add('added');
			if (change.status === 'R') kinds.add('renamed');
			if (kinds.size > 0) history.changes.push({ date: commit.date, commit: commit.hash.slice(0, 12), changed: kindOrder.filter((k) => kinds.has(k)) });
			if (change.status === 'A' || change.status === 'D') ended.add(path);
			if (change.status === 'R' && change.from !== undefined) becomes.set(change.from, path);
		}
	return { shallow: commits.some((c) => c.grafted), files };
}

/** The latest date among changes that touched one of `kinds`. */
const lastDate = (changes: RecordChange[], kinds: ChangeKind[]) => changes.find((c) => c.changed.some((k) => kinds.includes(k)))?.date;

/**
 * One record's history from the log's file histories: its changes with the dates the pages show, or
 * why there is none. `isWorkingCopy` says whether a blob id is that of the record's file as the build
 * reads it; when the file's last commit is not, the text has changed since, and no date is given.
 */
export function recordHistory(log: LogHistories | { gap: HistoryGap }, path: string, isWorkingCopy: (blob: string) => boolean): RecordHistory {
	if ('gap' in log) return { available: false, reason: log.gap };
	if (log.shallow) return { available: false, reason: 'shallow' };
	const history = log.files.get(path);
	if (!history || history.changes.length === 0) return { available: false, reason: 'untracked' };
	if (!isWorkingCopy(history.blob)) return { available: false, reason: 'uncommitted' };
	const { changes } = history;
	return {
		available: true,
		added: lastDate(changes, ['added']),
		bodyChanged: lastDate(changes, ['added', 'body']),
		factsChanged: lastDate(changes, ['added', 'facts']),
		lastChanged: changes[0]!.date,
		changes,
	};
}

/**
 * The id git gives a file's content (`git hash-object`): SHA-1 of "blob <length>\0<content>", or
 * SHA-256 in a repository of that object format (64 hex digits).
 */
export function gitBlobId(content: Uint8Array, hexLength = 40): string {
	const hash = createHash(hexLength === 64 ? 'sha256' : 'sha1');
	hash.update(`blob ${content.byteLength}\0`);
	hash.update(content);
	return hash.digest('hex');
}

/** A record's history from the build's table (a record the table does not list is not in git). */
export function historyOf(table: Record<string, RecordHistory>, id: string): RecordHistory {
	return table[id] ?? { available: false, reason: 'untracked' };
}

/** The change log by day, as the page lists it: a day's commits as one entry (newest first), what they changed together. */
export function changesByDay(changes: RecordChange[]): { date: string; changed: ChangeKind[] }[] {
	const days: { date: string; kinds: Set<ChangeKind> }[] = [];
	for (const change of changes) {
		const last = days.at(-1);
		if (last?.date === change.date) for (const k of change.changed) last.kinds.add(k);
		else days.push({ date: change.date, kinds: new Set(change.changed) });
	}
	return days.map(({ date, kinds }) => ({ date, changed: kindOrder.filter((k) => kinds.has(k)) }));
}
