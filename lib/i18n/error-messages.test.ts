import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { appError } from "@/lib/i18n/app-error";
import { localeOfRequest } from "@/lib/i18n/error-messages";

const request = (headers: Record<string, string>) => new Request("http://localhost/api/x", { headers });

describe("API errors follow the caller's language", () => {
  it.each([
    [{}, "en"],
    [{ "accept-language": "zh-CN,zh;q=0.9" }, "zh-CN"],
    [{ "accept-language": "zh-CN", cookie: "pt_session=x; pt_locale=en" }, "en"],
    [{ "accept-language": "en", cookie: "pt_locale=zh-CN" }, "zh-CN"],
    [{ "accept-language": "en", cookie: "pt_locale=xx" }, "en"],
  ])("%j reads %s", (headers, locale) => {
    expect(localeOfRequest(request(headers))).toBe(locale);
  });

  it("keeps the code and the English message, and answers in Chinese when asked", async () => {
    const error = appError("FORBIDDEN", "roleForbidden", { role: "VIEWER", needed: "ANALYST" });
    expect(error.message).toBe("Your role (viewer) cannot do this; it needs an analyst or an administrator.");
    const en = errorResponse(error, request({ "accept-language": "en-GB" }));
    const zh = errorResponse(error, request({ "accept-language": "zh-CN" }));
    expect(en.status).toBe(403);
    expect(zh.status).toBe(403);
    expect(zh.headers.get("content-language")).toBe("zh-CN");
    expect(await en.json()).toMatchObject({ code: "FORBIDDEN", error: error.message });
    expect(await zh.json()).toMatchObject({ code: "FORBIDDEN", error: "您的角色（查看者）无权执行此操作，需要分析员或管理员。" });
  });

  it("answers a 500 and an unkeyed AppError in the caller's language where it can", async () => {
    const zhRequest = request({ "accept-language": "zh" });
    expect(await errorResponse(new Error("boom"), zhRequest).json()).toEqual({ error: "服务器内部错误", code: "INTERNAL" });
    expect(await errorResponse(new AppError("CONFLICT", "Plain text"), zhRequest).json()).toMatchObject({ error: "Plain text" });
  });
});
