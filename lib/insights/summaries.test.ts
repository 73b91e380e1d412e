// The backtest said in words, in both languages: every decided review first, then each application type and
// review path apart, so an IND's exact implied approval no longer hides how the NDAs' estimates do.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enInsights from "@/messages/en/insights.json";
import zhInsights from "@/messages/zh-CN/insights.json";
import type { BacktestFigures, BacktestGroup } from "@/lib/domain/decision-window";
import { summarizeBacktest, type InsightsT, type Words } from "@/lib/insights/summaries";

const words: Record<"en" | "zh", Words> = {
  en: { t: createTranslator({ locale: "en", messages: { insights: enInsights }, namespace: "insights" }) as unknown as InsightsT, lang: "en" },
  zh: { t: createTranslator({ locale: "zh-CN", messages: { insights: zhInsights }, namespace: "insights" }) as unknown as InsightsT, lang: "zh" },
};

const row = (group: BacktestGroup, reviews: number, fromComparable: number, coverage: number | null, error: number | null, fallback: number | null): BacktestFigures => ({
  ...group,
  reviews,
  fromComparable,
  coverage,
  medianAbsError: error,
  fallbackMedianAbsError: fallback,
});

const ALL_EN = (reviews: number, comparable: number, coverage: string, error: string, fallback: number, fallbackError: string) =>
  `Each of ${reviews} decided reviews was predicted from the reviews decided before its acceptance. ${comparable} had at least 8 comparable reviews: ${coverage} of those decisions fell inside the predicted p25–p75 window (a calibrated window holds about 50%), and the median was off by a median of ${error} working days. The other ${fallback} fell back to the statutory limit, off by a median of ${fallbackError} working days.`;

const cases: { name: string; figures: BacktestFigures[]; en: string; zh: string }[] = [
  {
    name: "NDAs and INDs apart, groups without enough history counted",
    figures: [
      row({ type: "NDA", path: "STANDARD" }, 40, 30, 0.4, 38, 55),
      row({ type: "NDA", path: "PRIORITY" }, 9, 0, null, null, 21),
      row({ type: "IND", path: "STANDARD" }, 60, 52, 1, 0, 0),
      row({ type: "GENERIC", path: "STANDARD" }, 2, 0, null, null, 34),
      row({ type: "ALL", path: "ALL" }, 111, 82, 0.78, 0, 21),
    ],
    en: [
      ALL_EN(111, 82, "78%", "0", 29, "21"),
      "Marketing application (NDA/BLA) · Standard review: 30 of 40 estimated from comparable reviews, 40% inside the p25–p75 window, the median off by a median of 38 working days.",
      "Clinical trial application (IND) · Standard review: 52 of 60 estimated from comparable reviews, 100% inside the p25–p75 window, the median off by a median of 0 working days.",
      "2 other groups never had 8 comparable reviews; the table gives their statutory-limit error.",
    ].join(" "),
    zh:
      "111 个已审结审评，每一个都只用其受理前已审结的审评来预测。其中 82 个有至少 8 个可比审评：实际审结落在预测的 p25–p75 区间内的占 78%（校准良好的区间约为 50%），中位数预测的误差中位数为 0 个工作日。其余 29 个只能按法定时限预测，误差中位数为 21 个工作日。" +
      "上市许可申请 · 常规审评：40 个中有 30 个按可比审评预测，40% 落在 p25–p75 区间内，中位数预测的误差中位数为 38 个工作日。" +
      "临床试验申请 · 常规审评：60 个中有 52 个按可比审评预测，100% 落在 p25–p75 区间内，中位数预测的误差中位数为 0 个工作日。" +
      "另有 2 组从未有过 8 个可比审评，其按法定时限预测的误差见下表。",
  },
  {
    name: "one group, estimated from comparable reviews",
    figures: [row({ type: "NDA", path: "PRIORITY" }, 12, 1, 0, 269, 21), row({ type: "ALL", path: "ALL" }, 12, 1, 0, 269, 21)],
    en: `${ALL_EN(12, 1, "0%", "269", 11, "21")} Marketing application (NDA/BLA) · Priority review: 1 of 12 estimated from comparable reviews, 0% inside the p25–p75 window, the median off by a median of 269 working days.`,
    zh:
      "12 个已审结审评，每一个都只用其受理前已审结的审评来预测。其中 1 个有至少 8 个可比审评：实际审结落在预测的 p25–p75 区间内的占 0%（校准良好的区间约为 50%），中位数预测的误差中位数为 269 个工作日。其余 11 个只能按法定时限预测，误差中位数为 21 个工作日。" +
      "上市许可申请 · 优先审评：12 个中有 1 个按可比审评预测，0% 落在 p25–p75 区间内，中位数预测的误差中位数为 269 个工作日。",
  },
  {
    name: "no decided reviews",
    figures: [row({ type: "ALL", path: "ALL" }, 0, 0, null, null, null)],
    en: "No decided reviews to test the estimates on yet.",
    zh: "尚无已审结的审评可用于检验预测。",
  },
];

describe("summarizeBacktest", () => {
  it.each(cases)("says $name in English", ({ figures, en }) => {
    expect(summarizeBacktest(figures, words.en)).toBe(en);
  });

  it.each(cases)("says $name in Chinese", ({ figures, zh }) => {
    expect(summarizeBacktest(figures, words.zh)).toBe(zh);
  });
});
