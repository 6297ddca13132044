/**
 * Parser for the YAML data collections (jurisdictions, dimensions, themes) that refuses duplicate ids,
 * which Astro's file loader would otherwise collapse silently (the last entry wins).
 */
import yaml from 'js-yaml';

export function parseDataFile(filePath: string) {
	return (text: string): Record<string, unknown>[] => {
		const entries = yaml.load(text);
		if (!Array.isArray(entries)) throw new Error(`${filePath}: expected a list of entries, each with an "id"`);
		const seen = new Map<string, number>();
		entries.forEach((entry: unknown, i) => {
			const id = (entry as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') throw new Error(`${filePath}: entry ${i + 1}: id: missing (every entry needs an "id")`);
			const first = seen.get(id);
			if (first !== undefined)
				throw new Error(`${filePath}: entry ${i + 1}: id: duplicate id "${id}" (already used by entry ${first + 1})`);
			seen.set(id, i);
		});
		return entries as Record<string, unknown>[];
	};
}
