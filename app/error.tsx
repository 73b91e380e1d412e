"use client";

// A failed read shows this boundary, never an empty table that looks like "no results".
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <h2 className="font-semibold">The data could not be loaded.</h2>
      <p className="mt-1 text-sm">
        The database did not answer or returned an error. Nothing is shown rather than a misleading empty list.
        {error.digest ? ` (reference ${error.digest})` : null}
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-red-700 px-3 py-1 text-sm text-white hover:bg-red-800">
        Try again
      </button>
    </div>
  );
}
