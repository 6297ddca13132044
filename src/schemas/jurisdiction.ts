import { z } from 'astro/zod';
import { kebabId, type ReferenceField } from './references.ts';

/** Administrative levels, with the label the pages print. */
export const jurisdictionLevels = {
	province: '省',
	municipality: '直辖市',
	'prefecture-level city': '地级市',
	'county-level city': '县级市',
	district: '市辖区',
} as const;
export type JurisdictionLevel = keyof typeof jurisdictionLevels;

/** A place whose practice a record describes (`content/jurisdictions.yaml`). */
export const jurisdictionSchema = (reference: ReferenceField) =>
	z.object({
		/** ASCII kebab-case id used in URLs (/places/<id>/). */
		id: kebabId,
		/** Official name (长沙市). */
		name: z.string().min(1),
		/** Administrative level. */
		level: z.enum(Object.keys(jurisdictionLevels) as [JurisdictionLevel, ...JurisdictionLevel[]]),
		/** The enclosing jurisdiction (a city's province); absent for provinces and municipalities. */
		parent: reference('jurisdictions').optional(),
	});

export type JurisdictionData = z.output<ReturnType<typeof jurisdictionSchema>>;
