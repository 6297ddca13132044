/**
 * Editorial rules for 003_0427cdd9ce6a5f13.txt → cases/conference-2022-shanxi.mdx
 * 明责考责 严督实查 推动城市基层党建引领基层治理任务落实落地 (山西省委组织部), speech 2 of 4 in the archive. The shared layout steps and how the PDF layout was
 * read are in ./003_0427cdd9ce6a5f13.speeches.ts.
 */
import { speechRules } from './003_0427cdd9ce6a5f13.speeches.ts';

export default speechRules({
	record: 'conference-2022-shanxi',
	position: 2,
	from: '明责考责',
	until: '紧扣现代社区建设目标',
	wrappedTitle: { find: '推动城市基层党建引领 基层治理', replace: '推动城市基层党建引领基层治理' },
	title: '明责考责 严督实查 推动城市基层党建引领基层治理任务落实落地',
	organisation: '山西省委组织部',
	wraps: 63,
	runIns: ['一方面,推动五级书记齐上', '另一方面,细化各级党组织', '构建项目管理体系,系统攻', '一是科学立项', '二是聚力推动', '三是示范引领', '四是比学促干', '二是全覆盖调研督办', '三是建立常态化考评机制'],
});
