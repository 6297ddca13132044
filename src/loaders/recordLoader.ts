/**
 * The records' loader: `.mdx` files, read by Astro's glob loader, but a body that uses no MDX syntax
 * (no import/export, JSX tag, `{expression}` or image) is stored as its Markdown text, which its page
 * renders with the site's Markdown processor (src/data/recordHtml.ts: the same unified pipeline and
 * rehype plugins MDX runs), instead of becoming an MDX module. Why: the bundler compiles every MDX
 * module into the server build; at 5,000 records that alone took most of the build's memory. Bodies
 * that do use MDX syntax still load as MDX modules, rendered through their components as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { usesMdxSyntax } from '../lib/mdxSyntax.ts';

/** What Astro passes every loader besides the documented context: the entry types by file extension. */
interface EntryType {
	getEntryInfo: (input: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
	getRenderFunction?: unknown;
	[key: string]: unknown;
}
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

interface Options {
	/** The folder of the record files, relative to the project root. */
	base: string;
	/** The record id from a file name (throws for an invalid one). */
	generateId: (options: { entry: string }) => string;
}

/** The store as one of the two glob passes sees it: only its own entries, so it never removes the other's. */
function storeWithout(store: LoaderContext['store'], otherIds: Set<string>): LoaderContext['store'] {
	return new Proxy(store, {
		get(target, key, receiver) {
			if (key === 'keys') return () => target.keys().filter((id) => !otherIds.has(id));
			const value = Reflect.get(target, key, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/** The record files of `base`, split into bodies the Markdown processor renders and bodies that need MDX. */
function splitRecordFiles(base: string, root: URL): { plain: string[]; mdx: string[] } {
	const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, root));
	const files = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
	const plain: string[] = [];
	const mdx: string[] = [];
	for (const name of files) (usesMdxSyntax(readFileSync(`${dir}${name}`, 'utf8')) ? mdx : plain).push(name);
	return { plain, mdx };
}

/** The records' loader (see the module comment). */
export function recordLoader({ base, generateId }: Options): Loader {
	return {
		name: 'record-loader',
		async load(context) {
			const { entryTypes, store, config } = context as GlobContext;
			const mdxType = entryTypes.get('.mdx');
			if (!mdxType) throw new Error('recordLoader: the MDX integration must be configured');
			const { plain, mdx } = splitRecordFiles(base, config.root);
			const idsOf = (names: string[]) => new Set(names.map((entry) => generateId({ entry })));
			// MDX's frontmatter reading and nothing else: no module, no HTML in the data store (see recordHtml).
			const plainMdx: EntryType = { getEntryInfo: mdxType.getEntryInfo };
			const passes = [
				{ names: plain, types: new Map([...entryTypes, ['.mdx', plainMdx]]), others: idsOf(mdx) },
				{ names: mdx, types: entryTypes, others: idsOf(plain) },
			];
			for (const { names, types, others } of passes) {
				const pass = { ...context, entryTypes: types, store: storeWithout(store, others) };
				if (names.length === 0) {
					// Nothing of this kind now: remove what an earlier load stored of it.
					for (const id of pass.store.keys()) store.delete(id);
					continue;
				}
				await glob({ pattern: names, base, generateId }).load(pass);
			}
		},
	};
}
