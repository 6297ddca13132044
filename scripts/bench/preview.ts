/**
 * Serving a build for the browser measurements: `astro preview` on a free loopback port (never a fixed
 * one, so the benchmark cannot collide with a developer's server or another build's preview).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from './siteRoot.ts';

export interface Preview {
	origin: string;
	stop: () => void;
}

/** A port the OS says is free right now (ports other tools use by convention are skipped). */
export async function freePort(): Promise<number> {
	const reserved = new Set([4321, 4329, 4400, 4471, 4472]);
	for (;;) {
		const port = await new Promise<number>((resolve, reject) => {
			const server = createServer();
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => {
				const address = server.address();
				server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
			});
		});
		if (port && !reserved.has(port)) return port;
	}
}

/**
 * Starts `astro preview` for the build the env points at (LIBRARY_OUT_DIR; `root` as the build had it)
 * and waits until it answers.
 */
export async function startPreview(env: Record<string, string>, options: { root?: string; port?: number } = {}): Promise<Preview> {
	const chosen = options.port ?? (await freePort());
	const origin = `http://127.0.0.1:${chosen}`;
	const args = ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(chosen), ...(options.root ? ['--root', options.root] : [])];
	const server: ChildProcess = spawn('node_modules/.bin/astro', args, {
		cwd: projectRoot,
		env: { ...process.env, ...env },
		stdio: 'ignore',
	});
	const stop = () => {
		server.kill();
	};
	try {
		await waitForServer(origin, server);
	} catch (error) {
		stop();
		throw error;
	}
	return { origin, stop };
}

async function waitForServer(origin: string, server: ChildProcess): Promise<void> {
	for (let i = 0; i < 150; i++) {
		if (server.exitCode !== null) throw new Error(`astro preview exited (${server.exitCode}) before serving ${origin}`);
		try {
			if ((await fetch(`${origin}/`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`astro preview did not start on ${origin}`);
}
