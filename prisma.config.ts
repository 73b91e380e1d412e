// Prisma CLI configuration. Only `prisma generate` is used from the CLI here: migrations run through
// the wasm schema engine (scripts/db/migrate.ts) because the native engine cannot be downloaded offline.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
