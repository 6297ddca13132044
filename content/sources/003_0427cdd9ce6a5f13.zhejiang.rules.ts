/**
 * Editorial rules for 003_0427cdd9ce6a5f13.txt → cases/conference-2022-zhejiang.mdx
 * 紧扣现代社区建设目标 奋力提升城市基层党建引领基层治理能力 (浙江省委组织部), speech 3 of 4 in the archive. The shared layout steps and how the PDF layout was
 * read are in ./003_0427cdd9ce6a5f13.speeches.ts.
 */
import { speechRules } from './003_0427cdd9ce6a5f13.speeches.ts';

export default speechRules({
	record: 'conference-2022-zhejiang',
	position: 3,
	from: '紧扣现代社区建设目标',
	until: '以“三年行动计划”为主抓手',
	wrappedTitle: { find: '奋力提升城市基层 党建引领', replace: '奋力提升城市基层党建引领' },
	title: '紧扣现代社区建设目标 奋力提升城市基层党建引领基层治理能力',
	organisation: '浙江省委组织部',
	wraps: 65,
	runIns: ['强化风险意识,构建平急一', '一是加强网格党建,织密织', '二是推动干部下派,有效充', '三是实行分级管理,提升应', '激活关键变量,集聚推动现', '一是聚合城市基层新群体', '二是激发社会组织新力量', '三是用好数字技术新手段'],
});
