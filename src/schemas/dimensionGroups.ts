/**
 * The comparison's row groups, in display order. A module of its own, without zod, so that browser code
 * (the comparison builder) can use them without bundling the schema library.
 */
export const dimensionGroups = [
	'基本情况',
	'组织体系',
	'工作机制',
	'队伍建设',
	'经费与阵地',
	'网格治理',
	'新兴领域',
	'信息化',
	'教育管理',
	'考核督导',
] as const;
