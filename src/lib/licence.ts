/**
 * Who may reuse what. Two kinds of text are on the site and they are not under the same terms:
 * - the library's own work (the editions' structure — paragraphing, headings, ¶ numbers —, the
 *   structured facts, the editorial notes and summaries, the glossary, the open data): CC BY 4.0;
 * - the source texts themselves, which belong to their authors and publishers: public government
 *   documents and published articles, reproduced for research and teaching, not relicensed.
 * Record pages, /data/, the data files and the README say the same; this file is where they get it.
 * It imports nothing: the comparison builder's script bundles factsTable.ts, which names the licence.
 */

/** The library's name: the site's name, and the attribution CC BY asks for. */
export const libraryName = '城市基层党建案例库';

// Plain strings, referred to by name: the bundler drops an unused constant, not a property read.
const name = 'CC BY 4.0';
const spdx = 'CC-BY-4.0';
const url = 'https://creativecommons.org/licenses/by/4.0/';

/** The licence of the library's own work. */
export const libraryLicence = {
	/** SPDX identifier. */
	spdx,
	name,
	nameZh: `知识共享署名 4.0 国际许可协议（${name}）`,
	/** The licence's deed (its legal code is linked from there). */
	url,
	/** The deed in simplified Chinese. */
	urlZh: `${url}deed.zh-hans`,
} as const;

/** What CC BY 4.0 covers, as a phrase. */
export const licenceScopeZh = '本库自己的工作——整理本的分段与结构、结构化事实、编辑说明与摘要、术语表和开放数据';

/** What it does not cover: the source texts. */
export const sourceTextsZh = '各记录正文是来源原文，著作权属于原作者或发布者，不在本许可之内；本库为研究和教学目的照录公开发布的政府文件和已发表的文章。';

/**
 * The `license` member of every open data file's top-level object (cases.json, facts.json,
 * terms.json, /data/cases/<id>.json), in Chinese and English.
 */
export const openDataLicence = {
	name,
	spdx,
	url,
	attribution: libraryName,
	scope: `${licenceScopeZh}，以 ${name} 许可发布，署名“城市基层党建案例库”并附链接即可转载、改编。${sourceTextsZh} The library's own work (the editions' structure, structured facts, editorial notes and summaries, glossary, open data) is licensed CC BY 4.0: credit “城市基层党建案例库” with a link. The source texts belong to their authors and publishers and are not covered; public government documents and published articles are reproduced for research and teaching.`,
} as const;

/** One line on the rights, for a reference manager's Rights field (DC.rights). */
export const rightsLine = `原文著作权属于原作者或发布者；本库的整理与数据以 ${name} 许可发布`;
