// The server's one logger: JSON lines on stdout (pino), one per request and one per unexpected error.
// Secrets never reach it: the request log is built from chosen fields only, and the redaction below is the
// net for anything logged by hand.
import pino from "pino";

const globalForLog = globalThis as unknown as { pathwayLog?: pino.Logger };

export const REDACTED_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
  "headers.authorization",
  "headers.cookie",
  "headers[\"set-cookie\"]",
];

export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export function log(): pino.Logger {
  globalForLog.pathwayLog ??= createLogger();
  return globalForLog.pathwayLog;
}
