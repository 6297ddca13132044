import { z } from 'astro/zod';

/** The collections a record may point to. */
export type CollectionName = 'cases' | 'jurisdictions' | 'dimensions' | 'themes' | 'events' | 'terms';

/** A resolved pointer to another entry, the shape Astro's `reference()` produces. */
export interface EntryReference<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * Builds a reference field. In `content.config.ts` this is Astro's `reference`; in unit tests a plain
 * stand-in with the same output shape, so the schemas can be exercised outside Astro.
 * Neither checks that the target exists: `checkLibrary` does.
 */
export type ReferenceField = <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>, any>;

/** ASCII kebab-case ids: stable in URLs, readable in diffs. */
export const kebabId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are ASCII kebab-case, e.g. "changsha-sixiang-zaizao"');

/** Reference stand-in used outside Astro (tests, scripts). */
export const plainReference: ReferenceField = (collection) =>
	kebabId.transform((id) => ({ collection, id })) as any;
