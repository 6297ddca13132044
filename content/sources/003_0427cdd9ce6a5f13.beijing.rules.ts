/**
 * Editorial rules for 003_0427cdd9ce6a5f13.txt → cases/conference-2022-beijing.mdx
 * 扛起组织部门的政治责任 在党建引领基层治理中发挥牵头抓总作用 (北京市委组织部), speech 1 of 4 in the archive. The shared layout steps and how the PDF layout was
 * read are in ./003_0427cdd9ce6a5f13.speeches.ts.
 */
import { speechRules } from './003_0427cdd9ce6a5f13.speeches.ts';

export default speechRules({
	record: 'conference-2022-beijing',
	position: 1,
	from: '扛起组织部门的政治责任',
	until: '明责考责',
	wrappedTitle: { find: '在党建引领基层 治理', replace: '在党建引领基层治理' },
	title: '扛起组织部门的政治责任 在党建引领基层治理中发挥牵头抓总作用',
	organisation: '北京市委组织部',
	wraps: 62,
});
