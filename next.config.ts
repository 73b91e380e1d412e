import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The start script and tests run `next start` with their own DATABASE_URL; nothing is read at build time.
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
