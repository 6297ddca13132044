import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keptByRecordsBuild, type BuildShare } from '../lib/buildPartition.ts';

/**
 * In a partition build (src/lib/buildPartition.ts), removes what the library build owns once the pages
 * are written: the pages without a route parameter (home, catalogue's first page, search page …),
 * which Astro renders in every build, and the public files. What stays is the partition's records'
 * folders, their search input, the shared assets and the sitemap. The merge then finds every file in
 * exactly one build (or, for assets, the same bytes in several).
 */
export function buildShareOutput(share: BuildShare): AstroIntegration {
	return {
		name: 'library:build-share',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (share.kind !== 'records') return;
				const root = fileURLToPath(dir);
				const inputs = join(root, 'search', 'records');
				const ids = new Set(readdirSync(inputs).map((name) => name.replace(/\.json$/, '')));
				let removed = 0;
				for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile()) continue;
					const path = relative(root, join(entry.parentPath, entry.name));
					if (keptByRecordsBuild(path, ids)) continue;
					rmSync(join(root, path));
					removed++;
				}
				removeEmptyFolders(root);
				logger.info(`partition ${share.partition}: kept the pages of ${ids.size} records; removed ${removed} files the library build makes`);
			},
		},
	};
}

/** Removes the folders under `dir` left empty. */
function removeEmptyFolders(dir: string): boolean {
	let empty = true;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name))) rmSync(join(dir, entry.name), { recursive: true });
		else empty = false;
	}
	return empty;
}
