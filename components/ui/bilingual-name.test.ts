// Data quoted in an interface sentence keeps its language: the English runs of a name are marked lang="en"
// (the zh-CN scan and screen readers rely on it), and nothing else in the sentence is.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MixedDataText, TextWithData } from "@/components/ui/bilingual-name";

const html = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(element);

describe("MixedDataText", () => {
  it.each([
    ["司美格鲁肽 (Semaglutide)", '司美格鲁肽 (<span lang="en">Semaglutide</span>)'],
    ["Novo Nordisk A/S", '<span lang="en">Novo Nordisk A</span>/<span lang="en">S</span>'],
    ["GLP-1 受体激动剂", '<span lang="en">GLP-1</span> 受体激动剂'],
    ["替尔泊肽", "替尔泊肽"],
    ["", ""],
  ])("marks the Latin runs of %j", (text, expected) => {
    expect(html(createElement(MixedDataText, { text }))).toBe(expected);
  });
});

describe("TextWithData", () => {
  it("marks only the quoted data, the longest value first", () => {
    const text = "CXHL2629647：为司美格鲁肽 (Semaglutide)新增申请。";
    expect(html(createElement(TextWithData, { text, data: ["司美格鲁肽", "司美格鲁肽 (Semaglutide)"] }))).toBe(
      'CXHL2629647：为司美格鲁肽 (<span lang="en">Semaglutide</span>)新增申请。',
    );
  });

  it("leaves English words of the sentence itself unmarked, so a scan still sees them", () => {
    expect(html(createElement(TextWithData, { text: "Matched 司美格鲁肽 (Semaglutide)", data: ["司美格鲁肽 (Semaglutide)"] }))).toBe(
      'Matched 司美格鲁肽 (<span lang="en">Semaglutide</span>)',
    );
  });

  it("quotes values with pattern characters literally", () => {
    expect(html(createElement(TextWithData, { text: "名称 a+b (x) 未找到", data: ["a+b (x)"] }))).toBe('名称 <span lang="en">a</span>+<span lang="en">b</span> (<span lang="en">x</span>) 未找到');
  });

  it("renders the sentence as it is without data", () => {
    expect(html(createElement(TextWithData, { text: "没有数据", data: [] }))).toBe("没有数据");
  });
});
