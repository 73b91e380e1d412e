import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeUpload, MAX_UPLOAD_BYTES } from "@/lib/import/decode-upload";

const text = "项目ID,程序类型,状态\r\n12,突破性治疗药物,已纳入\r\n";

describe("decodeUpload", () => {
  it.each([
    ["UTF-8 with a BOM (Excel's CSV UTF-8)", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), "utf-8"],
    ["UTF-8 without a BOM", new TextEncoder().encode(text), "utf-8"],
    ["GBK (Excel's CSV on a Chinese Windows)", new Uint8Array(iconv.encode(text, "gbk")), "gbk"],
    ["GB18030", new Uint8Array(iconv.encode(text, "gb18030")), "gbk"],
  ])("reads %s", (_, bytes, encoding) => {
    expect(decodeUpload(bytes)).toEqual({ text, encoding });
  });

  it("reads plain ASCII as UTF-8", () => {
    expect(decodeUpload(new TextEncoder().encode("a,b\r\n")).encoding).toBe("utf-8");
  });

  it.each([
    ["UTF-16LE", [0xff, 0xfe, 0x41, 0x00]],
    ["UTF-16BE", [0xfe, 0xff, 0x00, 0x41]],
  ])("refuses %s with a hint", (_, bytes) => {
    expect(() => decodeUpload(new Uint8Array(bytes))).toThrow(/UTF-16/);
  });

  it("refuses a file over the cap", () => {
    expect(() => decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toThrow(/limit is 5.0 MB/);
  });
});
