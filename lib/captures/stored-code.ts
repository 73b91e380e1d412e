// Text a capture keeps as a code with its values (one JSON object in a text column), read back: the code, or,
// for text stored before the codes (an English sentence) or that no longer parses, the text as it is.
import type { z } from "zod";

export function decodeStoredCode<T>(schema: z.ZodType<T>, stored: string): T | string {
  if (!stored.startsWith("{")) return stored;
  try {
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : stored;
  } catch {
    return stored;
  }
}
