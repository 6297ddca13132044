/**
 * Editorial rules for 001_46f37a1fc731e756.txt → cases/guizhou-jiedao-shequ-xianjinxing-jianshe.mdx
 * 贵州省街道社区党的组织先进性建设工程实施办法 (省委1+9文件之五), as reposted by 遵义医学院附属医院
 * on 2008-08-07 under 基层组织建设年活动.
 *
 * The archive is in simplified script. Everything removed below is web junk of the hospital site,
 * metadata that now lives in the frontmatter, or the preamble printed a second time at the end.
 */
// Type-only import: erased at run time, so the rules load from any copy of the content folder.
import type { EditionRules } from '../../src/lib/edition.ts';

/** The preamble as the archive prints it (ASCII punctuation: steps run before normalisation). */
const preamble =
	'街道社区处于城市管理工作的第一线。街道社区党组织是街道社区各种组织和各项工作的领导核心,是党在城市基层全部工作和战斗力的基础。加强街道社区党的组织先进性建设,对规范城市管理、密切党和人民群众的联系、构建社会主义和谐社会、巩固党在城市的执政基础和执政地位具有重要意义。为进一步巩固和发展先进性教育活动成果,建立健全街道社区党的组织先进性建设长效机制,根据《中国共产党章程》和党内有关规定,按照《中共贵州省委关于实施党的基层组织先进性建设工程的意见》要求,制定本实施办法。';

export default {
	source: '001_46f37a1fc731e756.txt',
	record: 'guizhou-jiedao-shequ-xianjinxing-jianshe',
	script: 'simplified',
	steps: [
		{
			op: 'removeLines',
			lines: ['团结 自强 敬业 创新'],
			reason: "The reposting hospital website's motto, not part of the document.",
		},
		{
			op: 'removeLines',
			lines: ['您的位置: 首页> 思政工作> 专题活动> 基层组织建设年活动'],
			reason: 'Site breadcrumb; its last item is kept as frontmatter `column`.',
		},
		{
			op: 'removeLines',
			lines: ['贵州省街道社区党的组织先进性建设工程实施办法(1+9)5'],
			reason: "The web page's own title line (with the site's stray series tag (1+9)5): the title is frontmatter `title`, the series frontmatter `series`.",
		},
		{
			op: 'removeLines',
			lines: ['来源:遵义医学院附属医院 2008年8月7日 阅读次数:6936'],
			reason: 'Source line, repost date and read counter of the web page: frontmatter `reposted` (2008-08-07, 遵义医学院附属医院); the counter is dropped.',
		},
		{
			op: 'removeLines',
			lines: ['省委1+9文件之五'],
			reason: 'Series label printed above the title: frontmatter `series`.',
		},
		{
			op: 'removeLines',
			lines: ['贵州省街道社区党的组织先进性建设工程', '实施办法'],
			reason: "The document's title, printed over two lines: frontmatter `title` (the two lines joined).",
		},
		{
			op: 'replace',
			find: '探索建立社区工作者的福利待遇制度。' + preamble,
			replace: '探索建立社区工作者的福利待遇制度。',
			count: 1,
			reason: 'The preamble is printed a second time, run on to the end of item 16; the duplicate is removed and item 16 keeps all its own words (the preamble stays where it opens the document).',
		},
		{
			op: 'removeLines',
			lines: ['分享按钮', 'Baidu', 'map'],
			reason: 'Share-button debris of the web page, not part of the document.',
		},
	],
} satisfies EditionRules;
