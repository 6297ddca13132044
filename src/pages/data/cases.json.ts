import type { APIRoute } from 'astro';
import { getCaseRecords } from '../../data/library.ts';
import { exportCase } from '../../lib/openData.ts';

/** Every record's metadata and facts, in the content files' shape (see /data/). */
export const GET: APIRoute = async () => {
	const records = await getCaseRecords();
	return Response.json({
		description:
			'城市基层党建案例库的案例记录（元数据与结构化数据）。字段与 content/cases/*.mdx 的 frontmatter 相同，引用写作 id；正文见各记录页面；每条记录另有单独的文件 /data/cases/<id>.json。Case records of the library: metadata and facts, fields as in the content files (references as ids); texts are on the record pages; each record also has a file of its own, /data/cases/<id>.json.',
		source: '各记录的正文依据其存档来源整理，source.file 为存档文件名；来源未载明的网址、日期不作推测（为空）。',
		cases: records.map(exportCase),
	});
};
