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
});
