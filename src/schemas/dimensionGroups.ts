/**
 * The comparison's row groups, in display order, each with the stable ASCII id that URLs use
 * (`/compare/?groups=streets,co-building`, `#streets`). A module of its own, without zod, so that browser
 * code (the comparison builder) can use them without bundling the schema library.
 *
 * Groups are small on purpose (6–18 dimensions): a trainer compares one concern at a time, and a few
 * places and one group then print on one A4 page.
 */
export const dimensionGroupIds = {
	基本情况: 'basics',
	组织体系: 'organisation',
	统筹推进: 'coordination',
	街道赋权与社区减负: 'streets',
	共驻共建: 'co-building',
	党群服务: 'services',
	社区与小区治理: 'neighbourhoods',
	网格治理: 'grids',
	书记与党务力量: 'leaders',
	干部下沉与包联: 'liaison',
	社区工作者: 'community-workers',
	阵地建设: 'venues',
	经费保障: 'funding',
	楼宇园区与社会组织: 'new-domains',
	新就业群体: 'new-employment',
	信息化: 'digital',
	党员教育与组织生活: 'education',
	党员管理: 'members',
	考核督导: 'assessment',
} as const;

export type DimensionGroup = keyof typeof dimensionGroupIds;

/** The group labels in display order (what `group:` in content/dimensions.yaml says). */
export const dimensionGroups = Object.keys(dimensionGroupIds) as [DimensionGroup, ...DimensionGroup[]];
