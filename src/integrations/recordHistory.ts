import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/contentDir.ts';
import { virtualModule } from './virtualModule.ts';
import { fileHistories, gitBlobId, gitLogArguments, gitLogReader, recordHistory, type HistoryGap, type LogHistories, type RecordHistory } from '../lib/recordHistory.ts';

/** The module pages import the histories from: `{ records: { <id>: RecordHistory } }`. */
export const recordHistoryModule = 'virtual:library/record-history';

/** Longer than this and the history is given up (a partial clone fetching every blob, a stuck credential prompt). */
const gitTimeout = 120_000;

/** Runs the one `git log` and reads it as it streams; a gap when git is missing, fails or takes too long. */
function readLog(root: string, casesDir: string, attributesFile: string, logger: AstroIntegrationLogger): Promise<LogHistories | { gap: HistoryGap }> {
	return new Promise((done) => {
		const reader = gitLogReader();
		// GIT_NO_LAZY_FETCH: a partial clone would otherwise fetch every missing blob from its remote.
		const git = spawn('git', gitLogArguments(casesDir, attributesFile), {
			cwd: root,
			env: { ...process.env, GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let errors = '';
		const timer = setTimeout(() => {
			errors = `git log took longer than ${gitTimeout / 1000} s`;
			git.kill('SIGKILL');
		}, gitTimeout);
		const fail = (why: string) => {
			clearTimeout(timer);
			logger.warn(`record history unavailable: ${why.trim().split('\n')[0]}`);
			done({ gap: 'no-git' });
		};
		git.on('error', (error) => fail(`cannot run git (${error.message})`));
		git.stderr.on('data', (chunk: Buffer) => {
			if (errors.length < 2000) errors += chunk.toString();
		});
		const lines = createInterface({ input: git.stdout, crlfDelay: Infinity });
		lines.on('line', (line) => reader.line(line));
		git.on('close', (code) => {
			if (code !== 0) return fail(errors || `git log exited with ${code}`);
			clearTimeout(timer);
			done(fileHistories(reader.commits()));
		});
	});
}

/** Whether a blob id is that of the file's content, or of it with CRLF line ends turned to LF (as git stores a file checked out with autocrlf). */
function isContentOf(file: string): (blob: string) => boolean {
	return (blob) => {
		const bytes = readFileSync(file);
		if (gitBlobId(bytes, blob.length) === blob) return true;
		const text = bytes.toString('utf8');
		return text.includes('\r\n') && gitBlobId(Buffer.from(text.replaceAll('\r\n', '\n')), blob.length) === blob;
	};
}

/** Every record's history, by id, from one `git log` over the records' folder. */
export async function readRecordHistories(root: string, logger: AstroIntegrationLogger): Promise<Record<string, RecordHistory>> {
	const started = performance.now();
	const casesPath = resolve(root, contentDir, 'cases');
	const ids = existsSync(casesPath) ? readdirSync(casesPath).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)).sort() : [];
	// git prints paths relative to its working directory (--relative), with forward slashes.
	const casesDir = relative(root, casesPath).split(sep).join('/');
	const log = await readLog(root, casesDir, join(root, 'src', 'integrations', 'recordDiff.gitattributes'), logger);
	const records = Object.fromEntries(ids.map((id) => [id, recordHistory(log, `${casesDir}/${id}.mdx`, isContentOf(join(casesPath, `${id}.mdx`)))]));
	const shown = Object.values(records).filter((h) => h.available).length;
	const ms = Math.round(performance.now() - started);
	if ('gap' in log) logger.info(`record history: unavailable for all ${ids.length} records (${ms} ms)`);
	else if (log.shallow) logger.warn(`record history: this clone is shallow, so no record shows one (fetch the full history, e.g. git fetch --unshallow) (${ms} ms)`);
	else logger.info(`record history from one git log: ${shown} of ${ids.length} records (${ms} ms)`);
	return records;
}

/**
 * Reads each record's revision history from git once per build and gives it to the pages as a module
 * (`virtual:library/record-history`). A missing git, a folder outside a repository, a shallow clone or
 * an uncommitted record never fails the build: the record says its history is unavailable, and why.
 */
export function recordHistories(): AstroIntegration {
	return {
		name: 'library:record-history',
		hooks: {
			'astro:config:setup': ({ config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const module = virtualModule(recordHistoryModule, async () => `export default ${JSON.stringify({ records: await readRecordHistories(root, logger) })};`);
				updateConfig({ vite: { plugins: [module] } });
			},
		},
	};
}
