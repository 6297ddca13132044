import type { Plugin } from 'vite';

/**
 * A Vite plugin serving one module made at build time (`virtual:library/…`): how an integration hands
 * what it computed to the pages. `source` runs once, when a page first imports the module.
 */
export function virtualModule(id: string, source: () => string | Promise<string>): Plugin {
	const resolvedId = `\0${id}`;
	let text: Promise<string> | undefined;
	return {
		name: id.replace('virtual:', ''),
		resolveId: (requested) => (requested === id ? resolvedId : undefined),
		load: (requested) => (requested === resolvedId ? (text ??= Promise.resolve(source())) : undefined),
	};
}
