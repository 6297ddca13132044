import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir } from './lib/contentDir.ts';
import { recordLoader } from './loaders/recordLoader.ts';
import { parseDataFile } from './lib/parseDataFile.ts';
import { caseSchema } from './schemas/case.ts';
import { dimensionSchema } from './schemas/dimension.ts';
import { eventSchema } from './schemas/event.ts';
import { termSchema } from './schemas/term.ts';
import { jurisdictionSchema } from './schemas/jurisdiction.ts';
import { kebabId, type ReferenceField } from './schemas/references.ts';
import { themeSchema } from './schemas/theme.ts';

/** Record ids are the file names; refuse anything that is not ASCII kebab-case rather than slugify it. */
function caseIdFromFileName({ entry }: { entry: string }): string {
	const id = entry.replace(/\.mdx$/, '');
	if (!kebabId.safeParse(id).success)
		throw new Error(`${contentDir}/cases/${entry}: id: file names are record ids and must be ASCII kebab-case`);
	return id;
}

const ref = reference as unknown as ReferenceField;
const dataFile = (name: string) => file(`${contentDir}/${name}`, { parser: parseDataFile(`${contentDir}/${name}`) });

export const collections = {
	cases: defineCollection({
		loader: recordLoader({ base: `${contentDir}/cases`, generateId: caseIdFromFileName }),
		schema: caseSchema(ref),
	}),
	jurisdictions: defineCollection({ loader: dataFile('jurisdictions.yaml'), schema: jurisdictionSchema(ref) }),
	dimensions: defineCollection({ loader: dataFile('dimensions.yaml'), schema: dimensionSchema }),
	themes: defineCollection({ loader: dataFile('themes.yaml'), schema: themeSchema }),
	events: defineCollection({ loader: dataFile('events.yaml'), schema: eventSchema }),
	terms: defineCollection({ loader: dataFile('terms.yaml'), schema: termSchema(ref) }),
};
