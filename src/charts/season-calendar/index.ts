import { defineChart } from '../chart-type.ts';
import { seasonCalendarFigure } from './figure.ts';

/** `<SeasonCalendar>`, 采暖季日历: what the site knows of the type (src/charts/index.ts lists it). */
export const seasonCalendar = defineChart({
  component: 'SeasonCalendar',
  view: 'figure',
  build: seasonCalendarFigure,
  gallery: {
    title: "采暖季日历",
    description: "把几个地方或几家供热单位的采暖期画在同一根从十月到次年四月、跨年连续的时间轴上，不同年份的采暖季按月日对齐。有起止日期的画成横条，只知道开始日期的画成菱形；报道没给天数时按起止日期计算，没给开始日期时由结束日期和天数推算，并标明“推算”。",
    examples: [
      { props: { dataset: "heating-season-calendar", label: "label", start: "start", end: "end", days: "days", season: "season", title: "报道给出的几段采暖期", caption: "各行分属不同采暖季，按月日对齐。包头市热力集团的开始日期是推算的；红桥区的报道没有写月份。" } },
    ],
  },
  props: [
    { name: "label", required: true, text: "每一行的名字取自哪一列：文字或地点列。同一采暖季里名字不能重复。" },
    { name: "start", required: true, text: "开始日期列（供热第一天）。" },
    { name: "end", required: false, text: "结束日期列（供热最后一天，当天24时停暖）。" },
    { name: "days", required: false, text: "供热天数列，单位必须是“天”（“5个月”这样的时长不能用）。写了就显示报道给出的天数。" },
    { name: "season", required: false, text: "采暖季列，写成 `2025-2026`。报道没给日期的行靠它注明采暖季；有日期的行，它必须与日期相符。" },
  ],
});
