import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { declaredFields, MAX_JSON_BODY_BYTES, readJsonBody } from "@/lib/http/json-body";

const schema = z.object({ name: z.string() });

/** A body sent in chunks without Content-Length, counting how many chunks the server pulled. */
function chunkedBody(chunk: string, count: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const bytes = new TextEncoder().encode(chunk);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === count) return controller.close();
      pulled++;
      controller.enqueue(bytes);
    },
  });
  return { body, pulled: () => pulled };
}

async function statusOf(request: Request): Promise<number | "ok"> {
  try {
    await readJsonBody(request, schema);
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}

describe("readJsonBody", () => {
  it.each([
    ["a valid object", '{"name":"x"}', "ok"],
    ["malformed JSON", '{"name":', 400],
    ["an array", "[1]", 400],
    ["a wrong field type", '{"name":5}', 400],
    ["an unknown field", '{"name":"x","nmae":"y"}', 400],
    ["a body just over the limit", JSON.stringify({ name: "x".repeat(MAX_JSON_BODY_BYTES) }), 413],
  ] as const)("%s", async (_case, text, expected) => {
    expect(await statusOf(new Request("http://x/", { method: "POST", body: text }))).toBe(expected);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { body, pulled } = chunkedBody("x", 10);
    const request = new Request("http://x/", { method: "POST", body, headers: { "content-length": String(MAX_JSON_BODY_BYTES + 1) }, duplex: "half" } as RequestInit);
    expect(await statusOf(request)).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading an undeclared body once it passes the limit", async () => {
    const chunk = "x".repeat(64 * 1024);
    const { body, pulled } = chunkedBody(chunk, 1_000);
    const request = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await statusOf(request)).toBe(413);
    // 256 KB in 64 KB chunks: the fifth chunk passes the limit; the other 995 are never pulled.
    expect(pulled()).toBeLessThan(10);
  });
});

describe("unknown fields", () => {
  it("names each unknown field and says what the request takes", async () => {
    const request = new Request("http://x/", { method: "POST", body: '{"name":"x","nmae":"y","extra":1}' });
    const error = await readJsonBody(request, schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Unknown fields "nmae", "extra"; this request takes name.');
    expect((error as AppError).details).toMatchObject({ unknownFields: ["nmae", "extra"] });
  });

  it("reads the declared fields through refinements and transforms", () => {
    const refined = z.object({ a: z.string(), b: z.number() }).superRefine(() => {});
    expect([...declaredFields(refined)]).toEqual(["a", "b"]);
    expect([...declaredFields(refined.transform((value) => value.a))]).toEqual(["a", "b"]);
    expect(() => declaredFields(z.string())).toThrow(/object schema/);
  });
});
