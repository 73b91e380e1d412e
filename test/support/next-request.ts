// Stand-ins for Next's request-scoped APIs (cookies(), headers(), revalidatePath) so server actions can be
// called in vitest as the browser would call them: with or without a session cookie.
// Use with: vi.mock("next/headers", () => nextHeadersMock); vi.mock("next/cache", () => nextCacheMock);
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

const jar = new Map<string, string>();

export const cookieJar = {
  /** Sends `token` as the session cookie on the next calls; undefined = anonymous. */
  signInWith(token: string | undefined) {
    jar.clear();
    if (token) jar.set(SESSION_COOKIE, token);
  },
  get value() {
    return jar.get(SESSION_COOKIE);
  },
};

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ host: "localhost:3000" }),
};

export const nextCacheMock = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  refresh: () => undefined,
};
