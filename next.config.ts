import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: lib/i18n/request.ts picks the locale per request (cookie, profile,
// Accept-Language) and reads that locale's catalogues from messages/<locale>/*.json.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The start script and tests run `next start` with their own DATABASE_URL; nothing is read at build time.
  poweredByHeader: false,
  // The container image (Dockerfile) builds with NEXT_OUTPUT=standalone: a server.js with only the files it needs.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  typedRoutes: false,
  // The catalogues are read from disk at run time (lib/i18n/messages.ts), so a traced deployment ships them.
  outputFileTracingIncludes: { "/**": ["./messages/**/*.json"] },
  // pg-boss reads its SQL plans at run time; load it from node_modules rather than bundling it.
  serverExternalPackages: ["pg-boss"],
};

export default withNextIntl(nextConfig);
