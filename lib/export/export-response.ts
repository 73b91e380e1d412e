// The HTTP side of an export: parse the URL, open the snapshot, stream the CSV with a file name that
// carries the as-of time. Errors before the first batch (a bad parameter, no database) become JSON errors;
// an error after it aborts the download, so a truncated file is never delivered as if complete.
import "server-only";
import { prisma } from "@/lib/db";
import { createCsvStream } from "@/lib/export/csv-stream";
import type { ExportKind } from "@/lib/export/export-kind";
import { exportFileName, parseExportRequest } from "@/lib/export/export-request";
import { dataLangOf } from "@/lib/i18n/config";
import { localeOfRequest } from "@/lib/i18n/error-messages";
import { readInSnapshot } from "@/lib/export/snapshot";
import { errorResponse } from "@/lib/http/errors";
import { abortOnShutdown } from "@/lib/server/shutdown";

/** Yields `first` (already read) and then the rest of `rest`. */
async function* startingWith<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    if (first.done) return;
    yield first.value;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    // Also on cancellation: ends the snapshot transaction instead of leaving it to its timeout.
    await rest.return?.();
  }
}

export async function exportCsvResponse(request: Request, kind: ExportKind): Promise<Response> {
  try {
    // Without `lang=`, the file follows the interface's language (its cookie), else Accept-Language.
    const { search, lang } = parseExportRequest(new URL(request.url).searchParams, dataLangOf(localeOfRequest(request)));
    const asOf = new Date();
    const context = { search, lang, asOf };
    const chunks = readInSnapshot(prisma, (reader) => kind.csvChunks(reader, context));
    const first = await chunks.next();
    // On SIGTERM the download is cut rather than finished early: the client sees an aborted transfer.
    const body = abortOnShutdown(createCsvStream(kind.header(context), startingWith(first, chunks)));
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(kind.name, asOf)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
}
