// The container suite (scripts/container/image.container-test.ts): builds and runs the Docker image, so it
// needs a Docker daemon and several minutes; `npm test` runs it after the others when a daemon answers.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: { ...base.test, include: ["scripts/container/*.container-test.ts"], testTimeout: 300_000, hookTimeout: 1_800_000 },
});
