import { qualifierOfWord, qualifierWord, type Qualifier } from '../schemas/qualifier.ts';
import { scaledUnit } from './units.ts';

/**
 * Does a quote show a figure as the report prints it? The quote of a reported figure (“累计接听用户热线13505个”)
 * must contain its number with the same digits, in the cell's magnitude (3962 万平方米 is “3962万平方米”), and the
 * same qualifier word (“3400多户” is 3400 with 多, not 余). This is what makes a mistyped value or a lost
 * qualifier fail the build.
 */

/** A number as printed in a quote, with its magnitude (万, 亿) and the qualifier words around it. */
export interface PrintedNumber {
  /** The value with its magnitude applied: “1.6万” is 16000. */
  value: number;
  /** The text of the number: “1.6万”, “13505”, “一倍”. */
  text: string;
  /** Qualifier words the report puts on it, as codes. */
  qualifiers: Qualifier[];
}

const chineseDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 10,000: 一 → 1, 十八 → 18, 二十三 → 23, 一百零五 → 105. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in chineseDigits) {
      digit = chineseDigits[char]!;
    } else if (char in chineseUnits) {
      total += (digit ?? 1) * chineseUnits[char]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

// Arabic (13505, 965.13, full-width digits folded first) or Chinese numerals; “5个半” is 5.5; then 万 or 亿.
const numberPattern = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(个半)?([万亿])?/g;
const before = ['约', '近', '至少'] as const;
const after = ['以上', '以内', '以下', '左右'] as const;
const inside = ['余', '多'] as const;

/** Every number a quote prints, with its qualifiers. */
export function printedNumbers(quote: string): PrintedNumber[] {
  const text = quote.normalize('NFKC');
  const numbers: PrintedNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [whole, digits, half, magnitude] = match;
    const base = /\d/.test(digits!) ? Number(digits) : chineseNumeral(digits!);
    if (base === null) continue;
    const value = (base + (half ? 0.5 : 0)) * (magnitude ? scaledUnit(`${magnitude}x`).factor : 1);
    const start = match.index;
    const end = start + whole.length;
    const qualifiers: Qualifier[] = [];
    const preceding = text.slice(0, start);
    // 约 and 近 stand right before the number; 至少 may have its verb between (至少配置1名).
    const lead = /[^\d，。；、,;：:“”"]{0,4}$/.exec(preceding)![0];
    for (const word of before) if (word === '至少' ? lead.includes(word) : preceding.endsWith(word)) qualifiers.push(qualifierOfWord(word)!);
    const following = text.slice(end);
    for (const word of inside) if (following.startsWith(word)) qualifiers.push(qualifierOfWord(word)!);
    // A bound or 左右 follows the unit: “50摄氏度以内”, “80%以上”, “25天左右”. Look up to the next number or pause.
    const tail = /^[^\d，。；、,;：:“”"零〇一二两三四五六七八九]{0,8}/.exec(following)![0];
    for (const word of after) if (tail.includes(word)) qualifiers.push(qualifierOfWord(word)!);
    numbers.push({ value, text: whole, qualifiers });
  }
  return numbers;
}

/** Why a quote does not show a figure, in words an editor can act on; null when it does. */
export function quoteFigureProblem(quote: string, figure: { value: number; unit: string; qualifier: Qualifier | null }): string | null {
  const wanted = figure.value * (figure.unit === '%' ? 1 : scaledUnit(figure.unit).factor);
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  const numbers = printedNumbers(quote);
  const matching = numbers.filter((n) => same(n.value, wanted));
  const word = (q: Qualifier | null) => (q ? `“${qualifierWord(q)}”（${q}）` : '无限定词（精确数）');
  if (matching.length === 0) {
    const printed = numbers.map((n) => n.text).join('、') || '没有数字';
    return `引文里的数（${printed}）与单元格的 ${figure.value}${figure.unit} 不符`;
  }
  if (matching.some((n) => (figure.qualifier === null ? n.qualifiers.length === 0 : n.qualifiers.includes(figure.qualifier)))) return null;
  const printedQualifier = matching[0]!.qualifiers[0] ?? null;
  return `引文写作“${matching[0]!.text}”带${word(printedQualifier)}，单元格的限定词是${word(figure.qualifier)}`;
}

/** Why a quote does not show a date cell (YYYY-MM-DD) as printed: it must print 月 and 日, and the year if any. */
export function quoteDateProblem(quote: string, date: string): string | null {
  const [year, month, day] = date.split('-').map(Number);
  const text = quote.normalize('NFKC');
  const monthDay = new RegExp(`(?<!\\d)${month}月${day}日`);
  if (!monthDay.test(text)) return `引文里没有“${month}月${day}日”`;
  const printedYear = /(\d{4})年(?:\d{1,2})月/.exec(text)?.[1];
  if (printedYear && Number(printedYear) !== year) return `引文写的是${printedYear}年，单元格是${year}年`;
  return null;
}
