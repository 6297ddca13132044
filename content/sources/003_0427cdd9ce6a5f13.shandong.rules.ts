/**
 * Editorial rules for 003_0427cdd9ce6a5f13.txt → cases/conference-2022-shandong.mdx
 * 以“三年行动计划”为主抓手 推动城市基层党建引领基层治理提质增效 (山东省委组织部), speech 4 of 4 in the archive. The shared layout steps and how the PDF layout was
 * read are in ./003_0427cdd9ce6a5f13.speeches.ts.
 */
import { speechRules } from './003_0427cdd9ce6a5f13.speeches.ts';

export default speechRules({
	record: 'conference-2022-shandong',
	position: 4,
	from: '以“三年行动计划”为主抓手',
	wrappedTitle: { find: '推动城市基层 党建引领', replace: '推动城市基层党建引领' },
	title: '以“三年行动计划”为主抓手 推动城市基层党建引领基层治理提质增效',
	organisation: '山东省委组织部',
	wraps: 60,
	runIns: ['一是制定“施工图”梯次推', '二是拧紧“责任链”上下联', '三是培树“排头兵”示范带', '二是在抓好“关键小事”上', '三是在补齐“关键短板”上', '二是在壮大一线力量上持续', '三是在强化实体支撑上持续'],
});
