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
	runIns: ['一是在组织领导方面承担统', '二是在制度建设方面牵头谋', '三是在推进落实方面从严督', '紧扣大事要事、加强组织动', '一是充分发挥党组织战斗堡', '二是充分发挥党员干部先锋', '三是组织发动群众广泛参与', '聚焦难点热点、主动识变应', '一是分类推进组织覆盖', '二是整合资源提供服务', '三是搭建平台发挥作用'],
});
