// `npm run check` lints with this, then type-checks; CI (scripts/test.ts) fails on any warning.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // The project's convention: a leading _ marks a deliberately unused name, and { omitted, ...rest } drops a field.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // The app is not built with the React Compiler, so there is no memoization for TanStack Virtual to defeat.
      "react-hooks/incompatible-library": "off",
      // Server components take translators that outlive the request (lib/i18n/server-translations.ts).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getTranslations"],
              allowTypeImports: true,
              message: "Import getTranslations from @/lib/i18n/server-translations: its translators keep their compiled messages across requests.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores(["generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "coverage/**", ".data/**", "next-env.d.ts"]),
]);
