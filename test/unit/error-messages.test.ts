import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditorError } from '../../src/errors/editor-error.ts';
import { areas, editorError, examples, messages, problem, problemError, type ErrorCode } from '../../src/errors/messages.ts';
import { cellWhere, fieldWhere, propWhere } from '../../src/errors/where.ts';

/**
 * The one place tests pin the Chinese an editor reads: each entry of the catalogue (src/errors/messages/), worded
 * for its example (the same examples docs/WRITING.md shows), as the whole line the build prints. Every other
 * test asserts an error's code, location and details.
 */
const wording: Record<ErrorCode, string> = {
  'data-stray-file':
    'content/data/scale.xlsx 文件：找到“scale.xlsx”，应为数据集的 .csv 或 .yaml 文件（content/data/ 里只放数据集，扩展名用小写）。修改：表格用“CSV UTF-8（逗号分隔）”另存为 <数据集 id>.csv，扩展名写小写；不是数据集的文件移出这个文件夹。（错误代码 data-stray-file，见 docs/WRITING.md）',
  'dataset-id-invalid':
    'content/data/供热规模.csv 文件名：找到“供热规模”，应为小写字母、数字和连字符组成的数据集 id。修改：重命名 .csv 和 .yaml 文件，如 baotou-heating-scale-2025-2026.csv。（错误代码 dataset-id-invalid，见 docs/WRITING.md）',
  'dataset-file-alone':
    'content/data/scale.csv 数据集文件：找到“scale.csv”，应为旁边有同名的 content/data/scale.yaml。修改：创建 content/data/scale.yaml（格式见 docs/DATASETS.md），或删掉 content/data/scale.csv。要计算得出的数据集写 formula:（见“计算数据集”）。（错误代码 dataset-file-alone，见 docs/WRITING.md）',
  'dataset-formula-with-csv':
    'content/data/scale.yaml 字段“formula”：应为没有同名 CSV 的计算数据集。修改：数据写在 CSV 里就删掉 formula 这一行；要计算得出就删掉 content/data/scale.csv。（错误代码 dataset-formula-with-csv，见 docs/WRITING.md）',
  'story-filename-invalid':
    'content/stories/包头供热.mdx 文件名：找到“包头供热.mdx”，应为小写字母、数字和连字符组成的文件名（它就是网址 /stories/<文件名>/）。修改：重命名文件，如 baotou-season-2025-2026.mdx。（错误代码 story-filename-invalid，见 docs/WRITING.md）',
  'story-folder':
    'content/stories/old 文件夹：找到“old/”，应为content/stories/ 里没有子文件夹（报道是其中的 .mdx 文件）。修改：把报道移到 content/stories/ 下，删掉这个子文件夹；不是报道的文件不要放在这里。（错误代码 story-folder，见 docs/WRITING.md）',
  'story-not-mdx':
    'content/stories/bills.md 文件：找到“bills.md”，应为扩展名为 .mdx 的报道文件。修改：改名为 bills.mdx（格式见 docs/WRITING.md）；不是报道的文件移出 content/stories/。（错误代码 story-not-mdx，见 docs/WRITING.md）',
  'frontmatter-missing':
    'content/stories/bills.mdx:1 应为以“---”开头、以“---”结束的 frontmatter。修改：在文件开头加上 frontmatter（格式见 docs/WRITING.md）。（错误代码 frontmatter-missing，见 docs/WRITING.md）',
  'registry-file-missing':
    'content/places.yaml 应为地点列表文件。修改：创建 content/places.yaml（格式见 docs/DATASETS.md）。（错误代码 registry-file-missing，见 docs/WRITING.md）',
  'yaml-not-a-list':
    'content/corrections.yaml:1 找到“object”，应为以“- date: …”开头的更正列表。修改：每一条以“- ”开头，字段缩进两格（格式见 docs/WRITING.md 的“更正”）。（错误代码 yaml-not-a-list，见 docs/WRITING.md）',
  'yaml-syntax':
    'content/data/prices.yaml:4 YAML：找到“Nested mappings are not allowed in compact mappings”，应为合法的 YAML。修改：检查这一行的缩进、冒号后的空格和引号是否成对。（错误代码 yaml-syntax，见 docs/WRITING.md）',
  'invisible-character':
    'content/data/prices.csv:3:1 列“city”（第1列）：找到“朔州\\u200b”，应为只含看得见的字符（这一格里有 U+200B，零宽空格）。修改：删掉这个看不见的字符（多半随网页或 PDF 的文字一起复制进来）：重新输入这一格，或在编辑器里打开“显示不可见字符”找到它。（错误代码 invisible-character，见 docs/WRITING.md）',
  'csv-empty':
    'content/data/prices.csv:1 找到“（空）”，应为第一行是表头（列名），下面每行一条数据。修改：补上表头和数据行；若这个数据集不要了，把 .csv 和同名 .yaml 一起删掉。（错误代码 csv-empty，见 docs/WRITING.md）',
  'csv-no-rows':
    'content/data/prices.csv:2 找到“（空）”，应为表头下面至少一行数据。修改：在表头下面写入数据行。（错误代码 csv-no-rows，见 docs/WRITING.md）',
  'csv-blank-line':
    'content/data/prices.csv:3 找到“（空）”，应为一行数据（空行会被当成一条空记录）。修改：删除这个空行。（错误代码 csv-blank-line，见 docs/WRITING.md）',
  'csv-unclosed-quote':
    'content/data/prices.csv:2:1 第1列：找到“"大同,3.52,5.5”，应为成对的英文双引号（这里的引号没有关上，它后面的各行都会被读进这一格）。修改：在这一格的末尾补上英文双引号 "，或删掉开头的那个；单元格里的双引号本身要写两遍（""）。（错误代码 csv-unclosed-quote，见 docs/WRITING.md）',
  'csv-row-too-many-cells':
    'content/data/prices.csv:3 这一行：找到“4 个单元格”，应为3 个单元格（city,residential,months）。修改：文字里有逗号时，用英文双引号把整个单元格括起来；否则删掉多余的逗号。（错误代码 csv-row-too-many-cells，见 docs/WRITING.md）',
  'csv-row-too-few-cells':
    'content/data/prices.csv:3 这一行：找到“2 个单元格”，应为3 个单元格（city,residential,months）。修改：补上缺少的单元格；没有数值的单元格也要留出逗号。（错误代码 csv-row-too-few-cells，见 docs/WRITING.md）',
  'csv-duplicate-header':
    'content/data/prices.csv:1:3 表头第3列：找到“residential”，应为不重复的列名。修改：删掉重复的列。（错误代码 csv-duplicate-header，见 docs/WRITING.md）',
  'csv-unknown-header':
    'content/data/prices.csv:1:4 表头第4列：找到“non_residential”，应为content/data/prices.yaml 里定义的列名之一：city、residential、months。修改：改正列名，或在 content/data/prices.yaml 的 columns 里为它加一条定义。（错误代码 csv-unknown-header，见 docs/WRITING.md）',
  'csv-header-out-of-order':
    'content/data/prices.csv:1:1 表头第1列：找到“residential”，应为city（表头的列序与 content/data/prices.yaml 的 columns 一致：city,residential,months）。修改：按 content/data/prices.yaml 的顺序排列各列，或调整 columns 的顺序；第一列是每行的键，<Num row="…"> 用它找行。（错误代码 csv-header-out-of-order，见 docs/WRITING.md）',
  'csv-missing-column':
    'content/data/prices.csv:1 表头：找到“city,residential”，应为含有列“months”（供热期），它在 content/data/prices.yaml 里有定义。修改：在表头加上 months 并为每行填值，或从 content/data/prices.yaml 里删掉这一列的定义。（错误代码 csv-missing-column，见 docs/WRITING.md）',
  'cell-empty':
    'content/data/prices.csv:3:2 列“residential”（第2列，元/平方米·月）：找到“（空）”，应为数字（如 3962 或 965.13，单位元/平方米·月）（这一列不能留空）。修改：填入报道中的数值；若报道确实没有这个数，在 .yaml 里给这一列加 optional: true，并在 notes 里说明原因。（错误代码 cell-empty，见 docs/WRITING.md）',
  'cell-not-a-number':
    'content/data/prices.csv:2:2 列“residential”（第2列，元/平方米·月）：找到“12abc”，应为数字（如 3962 或 965.13，单位元/平方米·月）。修改：只用阿拉伯数字、小数点和负号，如 3962 或 965.13。（错误代码 cell-not-a-number，见 docs/WRITING.md）',
  'cell-thousands-separator':
    'content/data/prices.csv:3:3 列“households”（第3列，户）：找到“13,505”，应为整数（如 405，单位户）。修改：去掉千位分隔符，如 13505 而不是 13,505。（错误代码 cell-thousands-separator，见 docs/WRITING.md）',
  'cell-full-width-digits':
    'content/data/prices.csv:3:2 列“residential”（第2列，元/平方米·月）：找到“２．５２”，应为数字（如 3962 或 965.13，单位元/平方米·月）。修改：把全角数字和符号改成半角：写成 2.52（输入法切换到英文状态再输入）。（错误代码 cell-full-width-digits，见 docs/WRITING.md）',
  'cell-placeholder':
    'content/data/prices.csv:3:2 列“residential”（第2列，元/平方米·月）：找到“NaN”，应为数字（如 3962 或 965.13，单位元/平方米·月）。修改：报道没有给出这个数就留空（并在 .yaml 里给这一列加 optional: true、在 notes 里说明原因）；“NaN”“#DIV/0!”这类是表格软件的计算错误或占位符：填入报道里的数。（错误代码 cell-placeholder，见 docs/WRITING.md）',
  'cell-magnitude-word':
    'content/data/prices.csv:2:3 列“heating_area”（第3列，万平方米）：找到“3962万”，应为数字（如 3962 或 965.13，单位万平方米）。修改：不写“万”“亿”：按这一列的单位（万平方米）写数值。（错误代码 cell-magnitude-word，见 docs/WRITING.md）',
  'cell-percent-sign':
    'content/data/prices.csv:3:2 列“rate”（第2列）：找到“96%”，应为0 到 100 之间的百分数（如 96.11）。修改：去掉百分号，如 96.11。（错误代码 cell-percent-sign，见 docs/WRITING.md）',
  'cell-with-unit':
    'content/data/prices.csv:2:3 列“months”（第3列，个月）：找到“5.5个月”，应为数字（如 3962 或 965.13，单位个月）。修改：只写数字，不写单位；单位（个月）写在 .yaml 的 unit 里。（错误代码 cell-with-unit，见 docs/WRITING.md）',
  'cell-qualifier-in-number':
    'content/data/prices.csv:2:3 列“months”（第3列，个月）：找到“近6”，应为数字（如 3962 或 965.13，单位个月）。修改：只写数字；“约”“近”“余”“以内”等写进这一列的 qualifier 列（见 docs/DATASETS.md）。（错误代码 cell-qualifier-in-number，见 docs/WRITING.md）',
  'cell-decimal-in-integer':
    'content/data/prices.csv:3:3 列“households”（第3列，户）：找到“4.5”，应为整数（如 405，单位户）。修改：这一列是整数：去掉小数，或在 .yaml 里把类型改成 number。（错误代码 cell-decimal-in-integer，见 docs/WRITING.md）',
  'cell-percent-out-of-range':
    'content/data/prices.csv:3:2 列“rate”（第2列）：找到“120”，应为0 到 100 之间的百分数。修改：按百分数写，如 96.11 表示 96.11%；比例 0.48 要写成 48。（错误代码 cell-percent-out-of-range，见 docs/WRITING.md）',
  'cell-date-format':
    'content/data/prices.csv:3:2 列“start”（第2列）：找到“2022/9/28”，应为日期 YYYY-MM-DD（如 2024-11-13）。修改：写成 2022-09-28（年-月-日，用连字符，月和日都用两位数）。（错误代码 cell-date-format，见 docs/WRITING.md）',
  'cell-date-nonexistent':
    'content/data/prices.csv:3:2 列“start”（第2列）：找到“2022年2月30日”，应为日期 YYYY-MM-DD（如 2024-11-13），且是真实存在的日期。修改：没有 2022-02-30 这一天：核对报道里的日期。（错误代码 cell-date-nonexistent，见 docs/WRITING.md）',
  'cell-not-a-date':
    'content/data/prices.csv:3:2 列“start”（第2列）：找到“9/28/2022”，应为日期 YYYY-MM-DD（如 2024-11-13）。修改：按“年-月-日”写，月和日都用两位数；只知道月份时改用文字列或写进 notes。（错误代码 cell-not-a-date，见 docs/WRITING.md）',
  'cell-qualifier-chinese':
    'content/data/prices.csv:3:4 列“months_qualifier”（第4列）：找到“近”，应为空（精确数）或 approx、around、nearly、over、more、min、atleast、max、below 之一。修改：把“近”写成 nearly（限定词用英文代码）。（错误代码 cell-qualifier-chinese，见 docs/WRITING.md）',
  'cell-qualifier-unknown':
    'content/data/prices.csv:3:4 列“months_qualifier”（第4列）：找到“plenty”，应为空（精确数）或 approx、around、nearly、over、more、min、atleast、max、below 之一。修改：照报道的原词选：approx=约，around=左右，nearly=近，over=余，more=多，min=以上，atleast=至少，max=以内，below=以下。（错误代码 cell-qualifier-unknown，见 docs/WRITING.md）',
  'cell-html':
    'content/data/prices.csv:3:1 列“city”（第1列）：找到“<b>朔州</b>”，应为纯文字（不含 HTML）。修改：删掉尖括号和其中的标签，只写文字；需要上标时写“平方米”而不是 m<sup>2</sup>。（错误代码 cell-html，见 docs/WRITING.md）',
  'field-unknown':
    'content/stories/prices.mdx:7 frontmatter 字段“tag”：找到“tag”，应为已知的字段名（多半是“tags”）。修改：把“tag”改成“tags”。（错误代码 field-unknown，见 docs/WRITING.md）',
  'field-missing':
    'content/stories/prices.mdx:2 frontmatter 字段“title”：应为必填字段“title”（文字）。修改：补上“title: …”这一行。（错误代码 field-missing，见 docs/WRITING.md）',
  'field-wrong-type':
    'content/stories/prices.mdx:6 frontmatter 字段“places”：找到“baotou”，应为列表（如 [a, b]）。修改：把“places”改成列表（如 [a, b]）。（错误代码 field-wrong-type，见 docs/WRITING.md）',
  'field-wrong-value':
    'content/data/prices.yaml:14 字段“columns[1].type”：找到“numbr”，应为以下之一：string、integer、number、percent、date、qualifier、place、source（多半是“number”）。修改：把“numbr”改成“number”。每一列选一个类型：string、integer、number、percent、date、qualifier、place、source。（错误代码 field-wrong-value，见 docs/WRITING.md）',
  'field-too-small':
    'content/data/prices.yaml:20 字段“checks[0].label”：找到“核对”，应为至少 4 个字。修改：把“checks[0].label”写完整。（错误代码 field-too-small，见 docs/WRITING.md）',
  'field-too-big':
    'content/data/prices.yaml:31 字段“provenance[2].quote”：找到“……”，应为至多 40 个字。修改：缩短“provenance[2].quote”。（错误代码 field-too-big，见 docs/WRITING.md）',
  'field-wrong-format':
    'content/stories/prices.mdx:4 frontmatter 字段“date”：找到“2026-11-31”，应为日期 YYYY-MM-DD（如 2026-04-20）。修改：写成 2026-04-20 这样的日期（中国时间的发布日）。（错误代码 field-wrong-format，见 docs/WRITING.md）',
  'field-invalid':
    'content/places.yaml:9 第2条地点的字段“keyFigures[0]”：找到“3962”，应为合乎要求的值（Invalid input）。修改：改正“keyFigures[0]”：写法见 docs/WRITING.md 与 docs/DATASETS.md。（错误代码 field-invalid，见 docs/WRITING.md）',
  'period-note-missing':
    'content/data/prices.yaml:1 字段“periodNote”：应为一段说明（period 为 unknown 时必填：为什么年份不详，已知的范围）。修改：在 period 下面加一行“periodNote: …”，写明报道为什么没有年份、已知的范围。（错误代码 period-note-missing，见 docs/WRITING.md）',
  'check-known-without-id':
    'content/data/prices.yaml:22 字段“checks[0].id”：应为一个 id（写了 known 的核对要有 id，报道用它引用这处矛盾）。修改：给这条核对加一行“id: …”，用小写字母、数字和连字符，如 shuozhou-household-bill。（错误代码 check-known-without-id，见 docs/WRITING.md）',
  'story-season-missing':
    'content/stories/prices.mdx:2 frontmatter 字段“season”：应为采暖季（如 2025-2026），或报道没有写明年份时写 periodNote: 报道未写明年份。修改：加一行“season: 2025-2026”这样的采暖季；报道没有写明年份时改写一行“periodNote: 报道未写明年份”。（错误代码 story-season-missing，见 docs/WRITING.md）',
  'correction-target-missing':
    'content/corrections.yaml:1 第1条更正的字段“story”：应为story、dataset 或 place 至少写一个：这条更正改了哪篇报道、哪个数据集或哪个地点页。修改：加上 story: <报道的文件名>、dataset: <数据集 id> 或 place: <地点 id>。（错误代码 correction-target-missing，见 docs/WRITING.md）',
  'place-coordinates-incomplete':
    'content/places.yaml:7 第1条地点的字段“geonames”：应为geonames、lat、lon 三项一起写（缺 geonames），或三项都不写。修改：写上 geonames: <GeoNames 记录号>，lat、lon 取这条记录的坐标，四舍五入保留三位小数（怎样查记录见 docs/DATASETS.md 的“地点登记表”）；地名库里没有这个地点时，三项都删掉，在 coordNote 里说明。（错误代码 place-coordinates-incomplete，见 docs/WRITING.md）',
  'source-lines-reversed':
    'content/sources.yaml:4 第1条来源的字段“lines”：找到“[23,3]”，应为先首行、后末行的两个行号（首行不大于末行），如 [3, 23]。修改：把 lines 写成 [首行, 末行]：报道在版面文件里从第几行到第几行。（错误代码 source-lines-reversed，见 docs/WRITING.md）',
  'place-unknown':
    'content/data/prices.yaml:5 字段“places[1]”：找到“datong”，应为content/places.yaml 里的地点 id（现有：shanxi、shuozhou）。修改：改成已有的地点 id，或先在 content/places.yaml 里添加这个地点。（错误代码 place-unknown，见 docs/WRITING.md）',
  'source-unknown':
    'content/data/prices.csv:2:4 列“source”（第4列）：找到“test-reprot”，应为content/sources.yaml 里的来源 id（现有：test-report）。修改：改成已有的来源 id，或先在 content/sources.yaml 里添加这份报道。（错误代码 source-unknown，见 docs/WRITING.md）',
  'story-unknown':
    'content/stories/prices.mdx:9 frontmatter 字段“related”：找到“bill”，应为content/stories/ 里一篇报道的文件名，不含 .mdx（现有：prices、bills）。修改：改成已有报道的文件名，如 baotou-season-2025-2026。（错误代码 story-unknown，见 docs/WRITING.md）',
  'dataset-unknown':
    'content/data/season-cost.yaml:8 字段“prices”：找到“price”，应为已有的数据集 id（prices）。修改：改成 content/data/ 里某个数据集的 id（它的 .csv 或 .yaml 的文件名，不含扩展名），或先添加这个数据集。（错误代码 dataset-unknown，见 docs/WRITING.md）',
  'id-duplicate':
    'content/places.yaml:16 地点 id：找到“shuozhou”，应为不重复的 id（第2条已经用了它）。修改：合并这两条，或给其中一条换个 id。（错误代码 id-duplicate，见 docs/WRITING.md）',
  'place-parent-missing':
    'content/places.yaml:12 地点“shuozhou”：应为一个 parent（只有省级地点可以没有上级）。修改：加上“parent: <上级地点 id>”。（错误代码 place-parent-missing，见 docs/WRITING.md）',
  'correction-out-of-order':
    'content/corrections.yaml:7 更正的日期：找到“2026-11-30”，应为不早于上一条（2026-12-01）：更正按时间先后排列。修改：把这一条移到正确的位置，新的更正加在文件末尾。（错误代码 correction-out-of-order，见 docs/WRITING.md）',
  'column-duplicate':
    'content/data/prices.yaml:18 字段“columns[2].name”：找到“residential”，应为每列只出现一次。修改：删掉重复的列定义。（错误代码 column-duplicate，见 docs/WRITING.md）',
  'column-unit-not-numeric':
    'content/data/prices.yaml:12 字段“columns[0].type”：找到“string”，应为数值类型（number、integer 或 percent）才能有 unit、unitColumn、qualifier。修改：删掉这一列的 unit/unitColumn/qualifier，或改类型。（错误代码 column-unit-not-numeric，见 docs/WRITING.md）',
  'column-unit-and-unit-column':
    'content/data/prices.yaml:17 字段“columns[1].unitColumn”：找到“unit”，应为unit 与 unitColumn 二选一。修改：整列同一单位时只写 unit；各行单位不同时只写 unitColumn。（错误代码 column-unit-and-unit-column，见 docs/WRITING.md）',
  'column-unit-column-not-text':
    'content/data/prices.yaml:17 字段“columns[1].unitColumn”：找到“months”，应为本表中一个 string 类型的列名。修改：先定义存放单位的文字列，再在这里写它的名字。（错误代码 column-unit-column-not-text，见 docs/WRITING.md）',
  'column-qualifier-not-qualifier':
    'content/data/prices.yaml:18 字段“columns[1].qualifier”：找到“city”，应为本表中一个 qualifier 类型的列名。修改：先定义 type: qualifier 的列，再在这里写它的名字。（错误代码 column-qualifier-not-qualifier，见 docs/WRITING.md）',
  'provenance-column-not-figure':
    'content/data/prices.yaml:40 provenance 第1条的“column”：找到“city”，应为数值或日期列之一：residential、months。修改：改成这个数字所在的列名。（错误代码 provenance-column-not-figure，见 docs/WRITING.md）',
  'provenance-cell-empty':
    'content/data/prices.yaml:43 provenance 第2条的“column”：找到“months”，应为有数值的单元格。修改：行“大同”的这一列是空的：删掉这一条，或改成有数的列。（错误代码 provenance-cell-empty，见 docs/WRITING.md）',
  'provenance-duplicate':
    'content/data/prices.yaml:46 provenance 第3条的“column”：找到“大同 / residential”，应为每个数字只有一条出处。修改：删掉重复的一条。（错误代码 provenance-duplicate，见 docs/WRITING.md）',
  'provenance-source-missing':
    'content/data/prices.yaml:37 provenance 第3条的“quote”：找到“供热面积965.13万平方米”，应为写明 source（数据集有多篇来源：baotou-season-end-2026、baotou-huadian-season-2026）。修改：加上 source: <这个数字所在报道的 id>。（错误代码 provenance-source-missing，见 docs/WRITING.md）',
  'provenance-source-not-listed':
    'content/data/prices.yaml:38 provenance 第1条的“source”：找到“test-reprot”，应为数据集 sources 里的报道之一：test-report。修改：改成这个数字所在报道的 id，并确认它列在数据集的 sources 里。（错误代码 provenance-source-not-listed，见 docs/WRITING.md）',
  'provenance-quote-mismatch':
    'content/data/prices.yaml:49 provenance 第2条的“quote”：找到“目前已完成改造2146户”，应为报道原文里写这个数的原话，含数字、限定词和所指（行“converted_households”列“value”）。修改：引文里的数（2146）与单元格的 2164户 不符：照报道原文摘引，或改正单元格的数值与限定词。（错误代码 provenance-quote-mismatch，见 docs/WRITING.md）',
  'ref-dataset-missing':
    'content/data/shares.yaml:9 字段“rows[0].part.dataset”：找到“done / value”，应为写明 dataset 的单元格引用。修改：加上 dataset: <数据集 id>，或在文件顶层写 from: <数据集 id>。（错误代码 ref-dataset-missing，见 docs/WRITING.md）',
  'row-unknown':
    'content/data/price-ratio.yaml:12 字段“rows[0].numerator.row”：找到“忻州”，应为数据集“prices”第一列（city）中的某个值：大同、朔州。修改：改成上面列出的行键之一。（错误代码 row-unknown，见 docs/WRITING.md）',
  'row-ambiguous':
    'content/data/prices.yaml:24 字段“checks[0].value.row”：找到“朔州”，应为数据集“prices”第一列（city）中只出现一次的值（有 2 行都是“朔州”）。修改：被引用的行要能由第一列唯一确定：在 content/data/prices.csv 里把能区分各行的列（如 measure）放在第一列，或加一列合成的 key。（错误代码 row-ambiguous，见 docs/WRITING.md）',
  'column-unknown':
    'content/data/prices.yaml:25 字段“checks[0].value.column”：找到“residental”，应为数据集“prices”的列名之一：city、residential、months。修改：改成上面列出的列名之一。（错误代码 column-unknown，见 docs/WRITING.md）',
  'column-wrong-type':
    'content/data/prices.yaml:25 字段“checks[0].value.column”：找到“city”，应为数值列（number、integer 或 percent），而“city”是 string 列。修改：引用这一行的数值列。（错误代码 column-wrong-type，见 docs/WRITING.md）',
  'ref-cell-empty':
    'content/data/prices.yaml:25 字段“checks[0].value.column”：找到“大同 / months”，应为有数值的单元格（这一格是空的）。修改：引用有数值的单元格，或先在 CSV 里填上报道给出的数。（错误代码 ref-cell-empty，见 docs/WRITING.md）',
  'check-fails':
    'content/data/prices.yaml:22 核对“大同的居民价格不超过朔州”（checks[0]，at-most）：找到“大同 / residential 为 3.52元/平方米·月，朔州 / residential 为 2.52元/平方米·月”，应为前者不大于后者（按报道数字的精度和限定词）。修改：先核对这些数字是否照报道抄录；若报道本身前后矛盾，保留原数，给这条核对加上 id 和 known: <矛盾之处>（见 docs/DATASETS.md 的“核对”）。（错误代码 check-fails，见 docs/WRITING.md）',
  'check-known-resolved':
    'content/data/prices.yaml:27 核对“朔州的居民价格不超过大同”（checks[0]，at-most）：找到“朔州 / residential 为 2.52元/平方米·月，大同 / residential 为 3.52元/平方米·月”，应为仍然对不上（这条核对标了 known，即报道在这里自相矛盾）。修改：数字改过以后已经相符：确认改动照报道抄录，然后删掉 known 这一行，并改写引用这处矛盾的报道。（错误代码 check-known-resolved，见 docs/WRITING.md）',
  'check-not-comparable':
    'content/data/prices.yaml:22 核对“城区与县城的供热面积之和等于合计”（checks[0]，sum）：应为可以相互比较的数字（单位不同：万平方米与户）。修改：检查这条核对引用的单元格和它们的单位、限定词。（错误代码 check-not-comparable，见 docs/WRITING.md）',
  'derived-not-computable':
    'content/data/cost.yaml:8 字段“prices”：应为可以计算的数字（价格表“costs”缺少 residential 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md）。修改：检查引用的单元格、它们的单位和限定词；公式的写法见 docs/DATASETS.md 的“计算数据集”。（错误代码 derived-not-computable，见 docs/WRITING.md）',
  'derived-duplicate-key':
    'content/data/shares.yaml:10 字段“rows[1].key”：找到“phase2”，应为不重复的行键。修改：给这一行换一个 key。（错误代码 derived-duplicate-key，见 docs/WRITING.md）',
  'derived-percent-out-of-range':
    'content/data/shares.yaml:10 字段“rows[0]”：找到“245%”，应为0 到 100 之间的百分数。修改：部分大于整体：检查 part 与 whole 是否写反，或引用的数字是否照报道抄录。（错误代码 derived-percent-out-of-range，见 docs/WRITING.md）',
  'derived-cycle':
    'content/data/a.yaml:1 计算数据集：找到“a、b”，应为不互相依赖的计算数据集。修改：这几个计算数据集互相引用，无法先算出任何一个：去掉其中一个对另一个的引用。（错误代码 derived-cycle，见 docs/WRITING.md）',
  'tag-bad-character':
    'content/stories/prices.mdx:7 frontmatter 字段“tags”：找到“价格/收费”，应为不含“/”的主题词（主题词也是它的网址 /tags/<主题词>/ 的一段）。修改：分成两个主题词，或换成顿号，如 [价格, 收费]。（错误代码 tag-bad-character，见 docs/WRITING.md）',
  'component-unknown':
    'content/stories/prices.mdx:13:1 组件：找到“<BarChrat>”，应为可用的组件之一：<BarChart>、<Num>、<Period>。修改：改正组件名（区分大小写）；各组件的写法见 docs/WRITING.md 和 docs/CHARTS.md。（错误代码 component-unknown，见 docs/WRITING.md）',
  'chart-id-invalid':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“id”：找到“Heat Sources”，应为小写字母、数字和连字符组成的 id，如 baotou-heating-scale-2025-2026（它是这张图嵌入页的网址 /embed/<报道>/<id>/ 的一段）。修改：改成如 id="heat-sources" 这样的 id；不写 id 也可以，图表会按类型和数据集得到一个。（错误代码 chart-id-invalid，见 docs/WRITING.md）',
  'chart-id-duplicate':
    'content/stories/prices.mdx:20:1 <BarChart> 的属性“id”：找到“bar-prices”，应为这篇报道里还没用过的 id：第 13 行的图表已经是“bar-prices”。修改：换一个 id。图表的 id 一经发布就不要再改：别的网站嵌入和下载的地址都用它。（错误代码 chart-id-duplicate，见 docs/WRITING.md）',
  'story-html-tag':
    'content/stories/prices.mdx:13:1 HTML 标签：找到“<script>”，应为Markdown 文字或编辑组件（<BarChart>、<Num>、<Period>），正文里不写 HTML 标签。修改：删掉这个标签：小标题、粗体、列表和链接用 Markdown 写（## 小标题、**粗体**、- 列表、[文字](https://…)），数字和图表用组件。（错误代码 story-html-tag，见 docs/WRITING.md）',
  'story-import':
    'content/stories/prices.mdx:11:1 正文：找到“import Chart from "../chart.js";”，应为不含 import 或 export 的正文（组件直接写，不需要 import）。修改：删掉这一行。（错误代码 story-import，见 docs/WRITING.md）',
  'story-expression':
    'content/stories/prices.mdx:11:1 正文：找到“{process.env.HOME}”，应为文字（正文里不写 {…} 表达式）。修改：要写花括号本身，在前面加反斜杠：\\{；正文里的数字用 <Num> 从数据集引用。（错误代码 story-expression，见 docs/WRITING.md）',
  'prop-spread':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性：找到“{...props}”，应为名字="值" 这样的属性。修改：把 {...} 换成逐个写出的属性。（错误代码 prop-spread，见 docs/WRITING.md）',
  'prop-code':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“title”：找到“{String(globalThis.process?.env.HOME)}”，应为由文字、数字、[ ] 和 { } 写成的值（属性里不写 JavaScript）。修改：只写 annotations={[{ x: "…", label: "…" }]} 这样的值；数字从数据集引用，不要计算。（错误代码 prop-code，见 docs/WRITING.md）',
  'link-unsafe':
    'content/stories/prices.mdx:11:66 链接：找到“javascript:alert(1)”，应为以 https:// 或 http:// 开头的网址，或本站的路径（如 /data/）。修改：改成要链接的网页的地址；“javascript:”的地址会在读者的浏览器里执行或打开本地内容，不能用。（错误代码 link-unsafe，见 docs/WRITING.md）',
  'story-exists':
    'content/stories/prices.mdx 新报道的文件名：找到“prices”，应为content/stories/ 里还没有的文件名。修改：换一个文件名；要改已有的报道，直接打开这个文件。（错误代码 story-exists，见 docs/WRITING.md）',
  'field-empty':
    'content/data/prices.yaml:15 字段“columns[1].label”：找到“（空）”，应为给读者看的中文名称，如“供热面积”。修改：在“label:”后面写上。这个文件还有 6 个字段空着，npm run check:content 一次列出全部。（错误代码 field-empty，见 docs/WRITING.md）',
  'main-column-invalid':
    'content/data/prices.yaml:9 字段“mainColumn”：找到“city”，应为本表的数值列之一：residential、months。修改：改成上面的列名之一：报道里 <Num d=\"别名.行键\" /> 不写列名时取这一列。（错误代码 main-column-invalid，见 docs/WRITING.md）',
  'dataset-exists':
    'content/data/prices.csv 新数据集的 id：找到“prices”，应为content/data/ 里还没有的数据集 id（已有 content/data/prices.yaml）。修改：换一个 id；要改已有的数据集，直接打开它的 .csv 和 .yaml。（错误代码 dataset-exists，见 docs/WRITING.md）',
  'csv-unreadable':
    'scale.xlsx npm run new-dataset 的 --from：找到“scale.xlsx”，应为扩展名为 .csv 的表格文件。修改：在表格软件里另存为“CSV UTF-8（逗号分隔）”（.csv），再运行一次。（错误代码 csv-unreadable，见 docs/WRITING.md）',
  'csv-header-invalid':
    'scale.csv:1:3 表头第3列：找到“供热面积”，应为小写英文字母、数字和下划线组成、以字母开头的列名，如 heating_area。修改：把“供热面积”改成这样的英文列名；给读者看的中文名（如“供热面积”）写在 .yaml 这一列的 label 里。（错误代码 csv-header-invalid，见 docs/WRITING.md）',
  'data-alias-invalid':
    'content/stories/prices.mdx:12 frontmatter 字段“data.Cap”：找到“Cap”，应为小写英文字母开头，只含小写字母、数字、连字符和下划线的别名，如 cap、ops2。修改：把别名“Cap”改成这样的写法（正文里的 d=\"Cap.行键\"、dataset=\"Cap\" 要一起改）。（错误代码 data-alias-invalid，见 docs/WRITING.md）',
  'data-alias-is-dataset':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:12 frontmatter 字段“data.prices”：找到“prices”，应为不与别的数据集 id 相同的别名（“prices”本身是一个数据集的 id，这里却指向 shanxi-city-heating-prices-2022）。修改：换一个别名；dataset=\"prices\" 读者读来会以为是数据集 prices。（错误代码 data-alias-is-dataset，见 docs/WRITING.md）',
  'figure-ref-malformed':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:21:12 <Num> 的属性“d”：找到“cap。chp_plants”，应为“别名.行键”或“别名.行键.列名”，用英文句点分隔，如 d=\"cap.chp_plants\" 或 d=\"cap.chp_plants.percent\"。修改：把中文句号“。”换成英文句点“.”（输入法切换到英文状态再输入）。（错误代码 figure-ref-malformed，见 docs/WRITING.md）',
  'figure-alias-unknown':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:21:12 <Num> 的属性“d”：找到“capacity”，应为这篇报道的 data 里的别名之一：cap、ops、air。修改：改成已有的别名，或在 frontmatter 的 data 里加一行“capacity: <数据集 id>”。（错误代码 figure-alias-unknown，见 docs/WRITING.md）',
  'figure-both-forms':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:21:12 <Num> 的属性“d”：找到“cap.chp_plants”，应为短写 d 与长写 dataset、row、column 只用一种（这里还写了 column）。修改：用短写就删掉 column，要写列名时写进 d（如 d=\"cap.chp_plants.列名\"）；用长写就删掉 d。（错误代码 figure-both-forms，见 docs/WRITING.md）',
  'figure-d-not-num':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:30:1 <BarChart> 的属性“d”：找到“cap.chp_plants”，应为<BarChart> 有的属性（d 只用于 <Num>；图表、<Period> 和计算器用 dataset）。修改：改写 dataset=\"cap\"（别名或数据集 id），行和列按 <BarChart> 的属性写（见 docs/CHARTS.md）。（错误代码 figure-d-not-num，见 docs/WRITING.md）',
  'directive-unknown':
    'content/stories/prices.mdx:11:9 正文的指令：找到“:下午”，应为本站定义的指令：:num[别名.行键]、:num[别名.行键.列名]（正文里半角冒号后面紧跟字母或汉字，就被读成指令）。修改：要写冒号本身，改用中文的全角冒号“：”，或在半角冒号前加反斜杠：\\:下午；要引用数字，写 :num[别名.行键]。（错误代码 directive-unknown，见 docs/WRITING.md）',
  'figure-directive-malformed':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:21:12 正文的 :num：找到“：num[cap.chp_plants]”，应为:num[别名.行键] 或 :num[别名.行键.列名]：半角冒号、半角方括号，后面不跟 {…}。修改：把全角的“：”“【】”换成半角的“:”“[]”（输入法切换到英文状态再输入）。（错误代码 figure-directive-malformed，见 docs/WRITING.md）',
  'figure-main-column-missing':
    'content/stories/shuozhou-chp-air-quality-2022.mdx:21:12 <Num> 的属性“d”：找到“prices.shuozhou”，应为带列名的写法：数据集“shanxi-city-heating-prices-2022”有几个数值列，没有写 mainColumn，不写列名时不知道取哪一列（residential（居民）、season_months（供热期））。修改：写成 d=\"prices.shuozhou.residential\" 这样带列名的写法；或在 content/data/shanxi-city-heating-prices-2022.yaml 里写 mainColumn: <列名>，指定不写列名时取的列。（错误代码 figure-main-column-missing，见 docs/WRITING.md）',
  'story-needs-dataset':
    'content/stories/prices.mdx npm run new-story 的参数：应为至少一个 --dataset <数据集 id>（报道的数字和来源都从数据集来）。修改：加上 --dataset <id>，id 见 /data/ 页面或 content/data/ 里的文件名；还没有数据集，先按 docs/DATASETS.md 建一个。（错误代码 story-needs-dataset，见 docs/WRITING.md）',
  'prop-dataset-missing':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“dataset”：找到“（空）”，应为一个数据集 id（现有：prices、scale）。修改：写 dataset="…"，取值见 /data/ 页面或 content/data/ 里的文件名。（错误代码 prop-dataset-missing，见 docs/WRITING.md）',
  'prop-columns-too-few':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“values”：找到“（空）”，应为至少 1 个数值列名，用顿号分隔。修改：例如 values="residential、non_residential"。（错误代码 prop-columns-too-few，见 docs/WRITING.md）',
  'prop-text-invalid':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“doneLabel”：找到“（空）”，应为一段文字。修改：写 doneLabel="…"，或删掉它使用默认的“已改造户数”。（错误代码 prop-text-invalid，见 docs/WRITING.md）',
  'prop-text-markup':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“doneLabel”：找到“<b>完成</b>”，应为纯文字，不含 HTML 标签。修改：删掉尖括号；格式由图表统一处理。（错误代码 prop-text-markup，见 docs/WRITING.md）',
  'prop-text-digits':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“annotations[0].label”：找到“全省均价3元”，应为不含数字的文字（读者看到的数字都要来自数据集）。修改：把数字换成引用：x: { dataset: "…", row: "…", column: "…" }，数值会自动写在标签后面。（错误代码 prop-text-digits，见 docs/WRITING.md）',
  'prop-choice-invalid':
    'content/stories/prices.mdx:13:1 <LineChart> 的属性“axis”：找到“seasons”，应为以下之一：time、season。修改：删掉 axis 使用默认的 time，或改成上面的取值之一。（错误代码 prop-choice-invalid，见 docs/WRITING.md）',
  'prop-labels-unknown':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“highlight”：找到“晋城”，应为图中某个标记的名字：太原、大同、朔州。修改：照图中的写法填写名字，多个名字用顿号分隔。（错误代码 prop-labels-unknown，见 docs/WRITING.md）',
  'prop-label-not-distinct':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“label”：找到“kind”，应为每行取值都不同的列（每个标记一个名字）。修改：“热电”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。（错误代码 prop-label-not-distinct，见 docs/WRITING.md）',
  'prop-list-repeated':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“values”：找到“residential、residential”，应为各不相同的列名。修改：“residential”写了不止一次：删掉重复的。（错误代码 prop-list-repeated，见 docs/WRITING.md）',
  'prop-column-not-filled':
    'content/stories/prices.mdx:13:1 <LineChart> 的属性“x”：找到“year”，应为每行都有值的列（“year”在第2行数据，city 为“大同”处是空的）。修改：在 content/data/prices.csv 里补上这一格，或换一列。（错误代码 prop-column-not-filled，见 docs/WRITING.md）',
  'prop-units-differ':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“values”：找到“residential（元/平方米·月）、usable_share（%）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。（错误代码 prop-units-differ，见 docs/WRITING.md）',
  'prop-column-units-differ':
    'content/stories/prices.mdx:13:1 <LineChart> 的属性“y”：找到“value”，应为单位相同的数值列，而这一列的单位有 个、件。修改：单位不同的数字不能画在同一根轴上：换一列，或先把数据集按单位拆开。（错误代码 prop-column-units-differ，见 docs/WRITING.md）',
  'annotations-not-array':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“annotations”：找到“{x: 3}”，应为一个数组，如 annotations={[{ x: 50, label: "国家标准上限" }]}。修改：用花括号包住方括号：annotations={[ … ]}。（错误代码 annotations-not-array，见 docs/WRITING.md）',
  'annotation-not-object':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“annotations[0]”：找到“50”，应为一个对象 { x 或 y, label }。修改：例如 [{ x: 50, label: "国家标准上限" }]。（错误代码 annotation-not-object，见 docs/WRITING.md）',
  'annotation-extra-keys':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“annotations[0]”：找到“text”，应为只有 x、y、label 三个键。修改：删掉其他键；位置写在 x 或 y 上。（错误代码 annotation-extra-keys，见 docs/WRITING.md）',
  'annotation-position-missing':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“annotations[0]”：找到“{"label":"国家标准上限"}”，应为至少有 x 或 y。修改：参考线写 x（竖线）或 y（横线）；文字注释两个都写。（错误代码 annotation-position-missing，见 docs/WRITING.md）',
  'annotation-coordinate-invalid':
    'content/stories/prices.mdx:13:1 <BarChart> 的属性“annotations[0].x”：找到“[50]”，应为数字、日期（YYYY-MM-DD）、图中的类别名，或 { dataset, row, column }。修改：改成上面的形式之一。（错误代码 annotation-coordinate-invalid，见 docs/WRITING.md）',
  'annotation-off-axis':
    'content/stories/prices.mdx:13:1 <LineChart> 的属性“annotations[0].x”：找到“2021-01-01”，应为一个年份（整数，如 2022）。修改：横轴是年份轴：x 写年份，不加引号。（错误代码 annotation-off-axis，见 docs/WRITING.md）',
  'annotation-horizontal-line':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“annotations[0]”：找到“y: 太原”，应为数值轴上的参考线 { x, label }，或某一行上的注释 { x, y, label }。修改：这种图只有横向的数值轴：参考线写 x；要注在某一行上，再加 y 写这一行的名字。（错误代码 annotation-horizontal-line，见 docs/WRITING.md）',
  'annotation-row-unknown':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“annotations[0].y”：找到“晋城”，应为图中某一行的名字：太原、大同、朔州。修改：照图中的写法填写名字。（错误代码 annotation-row-unknown，见 docs/WRITING.md）',
  'pair-keys-missing':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“planned”：找到“（空）”，应为至少一个行键（数据集“works”的“measure”列中的值：windows_signed、windows_installed）。修改：例如 planned="windows_signed"。（错误代码 pair-keys-missing，见 docs/WRITING.md）',
  'pair-keys-unequal':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“done”：找到“windows_installed”，应为与 planned 一样多的行键（2个），第几个与第几个配对。修改：planned 写了 windows_signed、radiators_signed：在 done 里按同样的顺序写出与之配对的行。（错误代码 pair-keys-unequal，见 docs/WRITING.md）',
  'pair-key-column-missing':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“key”：应为一个每行取值都不同的列（行键）。修改：数据集“nokey”没有这样的列：改用宽表（每项一行、两个数各占一列），或在 content/data/nokey.csv 里加一个行键列。（错误代码 pair-key-column-missing，见 docs/WRITING.md）',
  'pair-key-column-invalid':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“key”：找到“place”，应为数据集“works”中每行取值都不同的列：measure。修改：改成上面的列名之一，或删掉 key 使用第一个这样的列。（错误代码 pair-key-column-invalid，见 docs/WRITING.md）',
  'pair-label-and-labels':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“labels”：找到“外窗换新、暖气片换新”，应为label 与 labels 二者之一。修改：删掉其中一个：label 写列名，labels 直接写出各项的名字。（错误代码 pair-label-and-labels，见 docs/WRITING.md）',
  'pair-labels-count':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“labels”：找到“外窗”，应为2个名字（每对行一个），用顿号分隔。修改：按配对的顺序，每对写一个名字。（错误代码 pair-labels-count，见 docs/WRITING.md）',
  'pair-label-missing':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“label”：应为一个文字列名（label），或各项的名字（labels）。修改：写 label="…"，或 labels="名字一、名字二"（按配对的顺序）。（错误代码 pair-label-missing，见 docs/WRITING.md）',
  'pair-long-only-prop':
    'content/stories/prices.mdx:13:1 <ProgressChart> 的属性“key”：找到“phase”，应为长表（写了 value）才用的属性。修改：宽表每项一行：删掉 key。（错误代码 pair-long-only-prop，见 docs/WRITING.md）',
  'grouped-bar-both-forms':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“series”：找到“note”，应为宽表写 values，长表写 series 和 value，二者只选其一。修改：每行一个类别、每列一个系列时只写 values；每行一个数时删掉 values，写 series 和 value。（错误代码 grouped-bar-both-forms，见 docs/WRITING.md）',
  'grouped-bar-no-form':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“values”：应为几个数值列名（用顿号分隔），或长表的 series 和 value。修改：例如 values="residential、non_residential"；长表写 series="…" value="…"。（错误代码 grouped-bar-no-form，见 docs/WRITING.md）',
  'series-too-many':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“series”：找到“kind”，应为最多有5种取值的列，而它有6种（居民、非居民、其他1、其他2、其他3、其他4）。修改：系列太多时颜色会重复、图也读不清：换一列，或先把数据集拆小。（错误代码 series-too-many，见 docs/WRITING.md）',
  'grouped-bar-row-repeated':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“series”：找到“kind”，应为每个类别的每个系列只有一行的表。修改：“供热能力·热电”有不止一行：换一个能区分各行的 series，或加上 label，或先把数据集筛成每项一行。（错误代码 grouped-bar-row-repeated，见 docs/WRITING.md）',
  'stack-part-negative':
    'content/stories/prices.mdx:13:1 <GroupedBarChart> 的属性“mode”：找到“stacked”，应为堆叠的各段都不小于零（堆叠表示各部分加成一个整体）。修改：甲·居民：-5元是负数：改用 mode="grouped"。（错误代码 stack-part-negative，见 docs/WRITING.md）',
  'line-season-axis-not-date':
    'content/stories/prices.mdx:13:1 <LineChart> 的属性“axis”：找到“season”，应为与 x 相配的取值：x（“year”）是 integer 列，只能用默认的 time。修改：删掉 axis="season"（年份画在年份轴上），或把 x 换成日期列。（错误代码 line-season-axis-not-date，见 docs/WRITING.md）',
  'line-time-repeated':
    'content/stories/prices.mdx:13:1 <LineChart> 的属性“x”：找到“year”，应为在每条线上每个时间只出现一次的列。修改：“朔州”这条线上的2020年有不止一行：用 series 把它们分成几条线，或先把数据集筛成每个时间一行。（错误代码 line-time-repeated，见 docs/WRITING.md）',
  'calendar-days-not-days':
    'content/stories/prices.mdx:13:1 <SeasonCalendar> 的属性“days”：找到“months”，应为单位为“天”的数值列，而“months”的单位是 个月。修改：换成以天计的列；“5个月”这样的时长不能画成起止日期。（错误代码 calendar-days-not-days，见 docs/WRITING.md）',
  'calendar-end-before-start':
    'content/stories/prices.mdx:13:1 <SeasonCalendar> 的属性“end”：找到“2022-10-15”，应为不早于开始日期 2023-04-15 的结束日期（列“end”，“城区”一行）。修改：核对 content/data/periods.csv 里这一行的日期。（错误代码 calendar-end-before-start，见 docs/WRITING.md）',
  'calendar-across-seasons':
    'content/stories/prices.mdx:13:1 <SeasonCalendar> 的属性“end”：找到“2026-10-15”，应为与开始日期 2025-10-15 同属一个采暖季（7月1日至次年6月30日）的结束日期（列“end”，“城区”一行）。修改：核对 content/data/periods.csv 里这一行的日期；跨两个采暖季的要拆成两行。（错误代码 calendar-across-seasons，见 docs/WRITING.md）',
  'calendar-season-invalid':
    'content/stories/prices.mdx:13:1 <SeasonCalendar> 的属性“season”：找到“2025年”，应为写成“2025-2026”这样的采暖季（列“season”，“城区”一行）。修改：改正 content/data/periods.csv 里这一格，或删掉 season 属性（采暖季会从日期得出）。（错误代码 calendar-season-invalid，见 docs/WRITING.md）',
  'calendar-season-mismatch':
    'content/stories/prices.mdx:13:1 <SeasonCalendar> 的属性“season”：找到“2024-2025”，应为与日期相符的采暖季 2025-2026（列“season”，“城区”一行的日期是 2025-10-15）。修改：核对 content/data/periods.csv 里这一行的日期和采暖季。（错误代码 calendar-season-mismatch，见 docs/WRITING.md）',
  'multiples-chart-unknown':
    'content/stories/prices.mdx:13:1 <SmallMultiples> 的属性“chart”：找到“PieChart”，应为可以分面重复的图表之一：BarChart、GroupedBarChart、LineChart。修改：改成上面的组件名（区分大小写）。（错误代码 multiples-chart-unknown，见 docs/WRITING.md）',
  'multiples-one-group':
    'content/stories/prices.mdx:13:1 <SmallMultiples> 的属性“by”：找到“measure”，应为至少分出两组的列。修改：这一列只有一个取值（rate）：用单张图 <BarChart> 即可。（错误代码 multiples-one-group，见 docs/WRITING.md）',
  'multiples-too-many-groups':
    'content/stories/prices.mdx:13:1 <SmallMultiples> 的属性“by”：找到“city”，应为分出不超过 12 组的列。修改：这一列有 15 个不同取值：换一列分组，或把数据集拆小。（错误代码 multiples-too-many-groups，见 docs/WRITING.md）',
  'table-sort-not-shown':
    'content/stories/prices.mdx:13:1 <DataTable> 的属性“sort”：找到“months”，应为表中显示的一列：city、residential。修改：先把这一列加进 columns，或换一个排序列。（错误代码 table-sort-not-shown，见 docs/WRITING.md）',
  'big-numbers-empty':
    'content/stories/prices.mdx:13:1 <BigNumbers> 的属性“items”：找到“[]”，应为至少一个数字：items={[{ dataset, row, column }]}，或 dataset、rows、column 三个属性。修改：照 docs/CHARTS.md 的例子写。（错误代码 big-numbers-empty，见 docs/WRITING.md）',
  'big-numbers-too-many':
    'content/stories/prices.mdx:13:1 <BigNumbers> 的属性“items”：找到“7 个数字”，应为最多 6 个数字。修改：关键数字太多就不关键了：挑出最重要的，其余放进图表或表格。（错误代码 big-numbers-too-many，见 docs/WRITING.md）',
  'big-numbers-rows-missing':
    'content/stories/prices.mdx:13:1 <BigNumbers> 的属性“rows”：应为一行或几行的键（数据集第一列的值），用顿号分隔。修改：写 rows="…"。（错误代码 big-numbers-rows-missing，见 docs/WRITING.md）',
  'big-number-not-object':
    'content/stories/prices.mdx:13:1 <BigNumbers> 的属性“items[0]”：找到“heating_area”，应为{ dataset, row, column }。修改：照 docs/CHARTS.md 的例子写。（错误代码 big-number-not-object，见 docs/WRITING.md）',
  'big-number-units-differ':
    'content/stories/prices.mdx:13:1 <BigNumbers> 的属性“items[0].compare”：找到“2.52元/平方米·月（元/平方米·月）”，应为与“近6个月”单位相同（个月）的数字。修改：换一个同单位的数字来比较。（错误代码 big-number-units-differ，见 docs/WRITING.md）',
  'calculator-not-a-price-table':
    'content/stories/prices.mdx:13:1 <HeatingBillCalculator> 的属性“dataset”：找到“prices”，应为一张热价表（如 shanxi-city-heating-prices-2022）：价格表“prices”缺少 season_months 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md。修改：换成热价数据集，或按 docs/DATASETS.md 补齐它的列。（错误代码 calculator-not-a-price-table，见 docs/WRITING.md）',
  'calculator-place-unknown':
    'content/stories/prices.mdx:13:1 <HeatingBillCalculator> 的属性“place”：找到“xinzhou”，应为价格表里的城市之一：taiyuan、datong、shuozhou。修改：改成其中一个，或不写（默认第一个城市）。（错误代码 calculator-place-unknown，见 docs/WRITING.md）',
  'calculator-area-invalid':
    'content/stories/prices.mdx:13:1 <HeatingBillCalculator> 的属性“area”：找到“九十”，应为1到10000之间的面积（平方米）。修改：写一个数字，如 area="90"，或不写（默认 90）。（错误代码 calculator-area-invalid，见 docs/WRITING.md）',
  'quote-in-other-article':
    'content/data/baotou-heating-scale-2025-2026.yaml provenance（行“huadian-baotou”列“heating_area”）：找到“供热面积965.13万平方米”，应为报道“baotou-season-end-2026”（000_d80636934d123922.txt 第3–23行）里的原话，而这句出自报道“baotou-huadian-season-2026”（000_d80636934d123922.txt 第25–37行）。修改：把 source 改成 baotou-huadian-season-2026，并把它列进数据集的 sources。（错误代码 quote-in-other-article，见 docs/WRITING.md）',
  'quote-outside-article':
    'content/data/baotou-heating-scale-2025-2026.yaml provenance（行“repairs”列“value”）：找到“植树1200棵”，应为报道“baotou-season-end-2026”（000_d80636934d123922.txt 第3–23行）之内的原话，而这句在版面 000_d80636934d123922.txt 的这些行之外，是同版另一篇稿件的话。修改：核对这个数字出自哪篇报道；若确属本报道，改正 content/sources.yaml 里的 lines。（错误代码 quote-outside-article，见 docs/WRITING.md）',
  'quote-not-in-article':
    'content/data/baotou-heating-scale-2025-2026.yaml provenance（行“repairs”列“value”）：找到“开展抢修共88次”，应为报道“baotou-season-end-2026”（000_d80636934d123922.txt 第3–23行）里逐字可查的原话，而这些行里找不到这句。修改：照版面原文逐字摘引（只可省去换行），不超过40字，含数字、限定词和所指。（错误代码 quote-not-in-article，见 docs/WRITING.md）',
  'figure-unquoted':
    'content/data/baotou-heating-scale-2025-2026.yaml provenance（行“repairs”列“value”）：应为provenance 里的一条出处：报道写这个数的原话。修改：在 provenance 里加一条 { row: repairs, column: value, quote: <报道原话> }。（错误代码 figure-unquoted，见 docs/WRITING.md）',
};

const codes = Object.keys(messages) as ErrorCode[];
const line = (code: ErrorCode) => editorError(code, examples[code].at, examples[code].details as never).message;

describe('the catalogue of editor errors', () => {
  it.each(codes)('%s is worded as pinned', (code) => {
    expect(line(code)).toBe(wording[code]);
  });

  it('has a wording test for every entry, and no wording for an entry that is gone', () => {
    for (const code of Object.keys(messages)) expect(Object.keys(wording), `${code} has no wording test`).toContain(code);
    expect(Object.keys(wording).sort()).toEqual([...codes].sort());
  });

  it('names each mistake once: no entry of one area is shadowed by another area’s', () => {
    const names = areas.flatMap((area) => Object.keys(area.messages));
    expect(names).toHaveLength(new Set(names).size);
    expect(names.sort()).toEqual([...codes].sort());
    for (const area of areas) expect(Object.keys(area.examples).sort(), area.title).toEqual(Object.keys(area.messages).sort());
  });

  it('names every entry in kebab-case', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });
});

describe('an entry’s words for other details', () => {
  const at = (where: string) => ({ file: 'content/stories/x.mdx', line: 9, where });
  const words = <C extends ErrorCode>(code: C, details: Parameters<(typeof messages)[C]>[0]) => editorError(code, at(fieldWhere(['x'])), details).parts;

  it('names each invisible character by its code point and what it is', () => {
    const named = (char: string) => words('invisible-character', { found: `a${char}b`, char, in: 'value' }).expected;
    expect(named('\ufeff')).toBe('只含看得见的字符（这个值里有 U+FEFF，字节顺序标记）');
    expect(named('\u202e')).toBe('只含看得见的字符（这个值里有 U+202E，文字方向控制符）');
    expect(named('\u200d')).toBe('只含看得见的字符（这个值里有 U+200D，零宽连接符）');
    expect(named('\u00ad')).toBe('只含看得见的字符（这个值里有 U+00AD，软连字符）');
    expect(named('\u0007')).toBe('只含看得见的字符（这个值里有 U+0007，控制字符）');
  });

  it('words an unknown field without a likely name, and a hint in place of the general fix', () => {
    expect(words('field-unknown', { field: 'author', found: 'author' })).toMatchObject({
      expected: '已知的字段名',
      fix: '删除“author”，或改成文档里列出的字段名（见 docs/WRITING.md 与 docs/DATASETS.md）。',
    });
    expect(words('field-wrong-value', { field: 'columns[1].type', found: 'decimal', accepted: ['string', 'number'], hint: 'dataset.type' })).toMatchObject({
      expected: '以下之一：string、number',
      fix: '每一列选一个类型：string、integer、number、percent、date、qualifier、place、source。',
    });
    expect(words('field-wrong-value', { field: 'kind', found: 'news', accepted: ['story', 'brief'] }).fix).toBe('从上面的取值中选一个写在“kind”。');
  });

  it('words a list, a number and a pattern too short, too big or ill-formed', () => {
    expect(words('field-too-small', { field: 'parts', origin: 'array', minimum: 2 })).toMatchObject({ expected: '至少 2 项', fix: '在“parts”里补足条目。' });
    expect(words('field-too-small', { field: 'lines[0]', origin: 'number', minimum: 1 })).toMatchObject({ expected: '不小于 1', fix: '改正“lines[0]”的数值。' });
    expect(words('field-too-big', { field: 'tags', origin: 'array', maximum: 8 })).toMatchObject({ expected: '至多 8 项', fix: '删减“tags”的条目。' });
    expect(words('field-wrong-format', { field: 'id', found: 'Baotou', format: 'regex', pattern: '/^[a-z0-9]+(-[a-z0-9]+)*$/', hint: 'registry.id' })).toMatchObject({
      expected: '格式 /^[a-z0-9]+(-[a-z0-9]+)*$/',
      fix: '只用小写字母、数字和连字符，如 baotou-season-end-2026。',
    });
  });

  it('words a ref to a date column, a chart’s choice of columns, and a check that should agree', () => {
    expect(words('column-wrong-type', { found: 'value', type: 'number', wanted: 'date' })).toMatchObject({ expected: '日期列（date，YYYY-MM-DD），而“value”是 number 列', fix: '引用这一行的日期列。' });
    const alternatives = [{ name: 'residential', label: '居民价格' }, { name: 'months', label: '供热期' }];
    expect(words('column-wrong-type', { found: 'city', type: 'string', wanted: 'numeric', alternatives }).fix).toBe('换成 residential（居民价格）、months（供热期） 之一。');
    expect(words('column-wrong-type', { found: 'city', type: 'string', wanted: 'time', alternatives: [] })).toMatchObject({
      expected: '日期列（date）或年份列（integer），而“city”是 string 列',
      fix: '这个数据集没有日期或年份列：换一个数据集。',
    });
    expect(words('ref-cell-empty', { found: 'start / date', wanted: 'date' })).toMatchObject({ expected: '有日期的单元格（这一格是空的）', fix: '引用有日期的单元格。' });
    expect(words('check-fails', { found: 'a / value + b / value = 3900万平方米，total / value 为 3962万平方米', relation: 'equals' }).expected).toBe('两者相符（按报道数字的精度和限定词）');
    expect(editorError('link-unsafe', { file: 'content/stories/x.mdx', line: 9, column: 3 }, { found: 'file:///etc/passwd', scheme: 'file', kind: 'image' }).parts.where).toBe('图片');
  });

  it('words a component’s columns, rows and empty cells as the data side does, with what the prop needs', () => {
    const columns = [{ name: 'residential', label: '居民热价' }, { name: 'months', label: '供热期' }];
    expect(words('column-unknown', { found: 'non_residential', dataset: 'prices', columns, wanted: 'numeric', meta: 'content/data/prices.yaml' })).toMatchObject({
      expected: '数据集“prices”中的数值列：residential（居民热价）、months（供热期）',
      fix: '改成上面列出的列名之一（列的定义见 content/data/prices.yaml）。',
    });
    expect(words('column-unknown', { found: 'x', dataset: 'prices', columns: [], wanted: 'date' }).expected).toBe('数据集“prices”中的日期列：（这个数据集没有这类列）');
    expect(words('column-unknown', { found: 'months_qualifier', dataset: 'prices', columns: ['city', 'months'], wanted: 'shown', several: true })).toMatchObject({
      expected: '数据集“prices”中可以显示在表格里的列（限定词列随它限定的数值列显示）：city、months',
      fix: '改成上面列出的列名之一，多个列名用顿号分隔。',
    });
    expect(words('row-unknown', { found: 'temp_later', dataset: 'works', key: 'measure', rows: ['temp_before', 'temp_after'], paired: true })).toMatchObject({
      expected: '数据集“works”的“measure”列中的值：temp_before、temp_after',
      fix: '写了 value 时，这个属性写行键（行键列的值），多个用顿号分隔；不写 value 时写列名。',
    });
    expect(words('ref-cell-empty', { found: 'value', wanted: 'numeric', row: 'heat' })).toMatchObject({
      expected: '有数值的单元格',
      fix: '行“heat”的“value”是空的（报道未给出），正文不能引用它：换一个数字，或改写句子。',
    });
  });

  it('words a prop’s text, names, annotations and series for the component and axis at hand', () => {
    expect(words('prop-text-invalid', { prop: 'annotations[0].label', annotation: true })).toMatchObject({ expected: '一段说明文字', fix: '写 label: "…"，说明这条线或这个点是什么。' });
    expect(words('prop-text-invalid', { found: '', prop: 'items[0].label' }).fix).toBe('写成 "…"，或删掉这个属性。');
    expect(words('prop-text-digits', { found: '第1名', in: 'big-number' }).fix).toBe('把数字从文字里去掉；要显示的数字另用一个 item 引用。');
    expect(words('prop-list-repeated', { found: '外窗、外窗', repeated: '外窗', what: 'label' })).toMatchObject({ expected: '各不相同的名字', fix: '“外窗”写了不止一次：每对行写一个不同的名字。' });
    expect(words('prop-column-not-filled', { found: 'year', row: 2, csv: 'content/data/gaps.csv' }).expected).toBe('每行都有值的列（“year”在第2行数据处是空的）');
    expect(words('prop-units-differ', { units: [{ name: 'a', unit: '' }, { name: 'b', unit: '户' }] }).found).toBe('a（无单位）、b（户）');
    expect(words('annotation-off-axis', { found: '2025', axis: 'day' })).toMatchObject({
      expected: '一个日期（YYYY-MM-DD，如 "2025-11-15"）',
      fix: '横轴是日期轴：x 写成带引号的“年-月-日”，月和日都用两位数。',
    });
    expect(words('annotation-off-axis', { found: '15', axis: 'season-day' }).fix).toBe('横轴是采暖季的日期：x 写成带引号的“年-月-日”，月和日都用两位数。');
    expect(words('annotation-off-axis', { found: '很多', axis: 'value' })).toMatchObject({ expected: '一个数值，或 { dataset, row, column }', fix: '纵轴是数值轴：y 写数字，或引用数据集里的数。' });
    expect(words('annotation-row-unknown', { found: '包头', rows: ['热力集团'], vertical: true }).fix).toBe('删掉 y 画一条竖线，或照图中的写法填写行名。');
    expect(words('series-too-many', { found: 'a、b、c、d、e、f', max: 5 })).toMatchObject({ expected: '最多5列', fix: '系列太多时颜色会重复、图也读不清：只选最要紧的几列，或分成几张图。' });
    expect(words('grouped-bar-row-repeated', { found: 'kind', duplicate: '甲·热电', label: true }).fix).toBe('“甲·热电”有不止一行：换一个能区分各行的 label 或 series，或先把数据集筛成每项一行。');
    expect(words('line-time-repeated', { found: 'year', time: '2020年' }).fix).toBe('2020年有不止一行：用 series 把它们分成几条线，或先把数据集筛成每个时间一行。');
  });
});

describe('editorError: one way to raise an editor error', () => {
  const at = { file: 'content/data/prices.csv', line: 3, column: 2, where: cellWhere({ name: 'residential', unit: '元/平方米·月' }, 2) };

  it('carries the entry’s code and details, points Astro at the file and keeps no stack of the code that noticed', () => {
    const error = editorError('cell-not-a-number', at, { found: '12abc', type: 'number', unit: '元/平方米·月' });
    expect(error).toBeInstanceOf(EditorError);
    expect(error.code).toBe('cell-not-a-number');
    expect(error.details).toEqual({ found: '12abc', type: 'number', unit: '元/平方米·月' });
    expect(error.parts).toMatchObject({ file: 'content/data/prices.csv', line: 3, column: 2, found: '12abc' });
    expect(error.loc).toEqual({ file: expect.stringMatching(/\/content\/data\/prices\.csv$/), line: 3, column: 2 });
    expect(error.stack).toBe(`EditorError: ${error.message}`);
    expect(error.message).toMatch(/（错误代码 cell-not-a-number，见 docs\/WRITING\.md）$/);
  });

  it('lets the location’s where take the place of the entry’s, and raises a problem found before its location was known', () => {
    expect(editorError('component-unknown', { file: 'x.mdx', line: 1 }, { found: '<Foo>', components: ['Num'] }).parts.where).toBe('组件');
    expect(editorError('component-unknown', { file: 'x.mdx', line: 1, where: propWhere('BarChart', 'x') }, { found: '<Foo>', components: ['Num'] }).parts.where).toBe('<BarChart> 的属性“x”');
    const raised = problemError(problem('cell-html', { found: '<b>朔州</b>' }), at);
    expect([raised.code, raised.details, raised.parts.line]).toEqual(['cell-html', { found: '<b>朔州</b>' }, 3]);
  });

  it('is the only way: no module words an editor error in place', () => {
    const src = path.resolve(import.meta.dirname, '../../src');
    const modules = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|astro)$/.test(file));
    const constructing = modules.filter((file) => readFileSync(path.join(src, file), 'utf8').includes('new EditorError('));
    // The catalogue words them; dev-errors.ts only throws again, in dev, one the catalogue made (its parts and code kept).
    expect(constructing.map((file) => file.split(path.sep).join('/')).sort()).toEqual(['errors/messages.ts', 'loaders/dev-errors.ts']);
  });
});
