import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-6">
      <h2 className="font-semibold">Not found</h2>
      <p className="mt-1 text-sm text-slate-600">There is no such record.</p>
      <Link href="/" className="mt-3 inline-block text-sm text-blue-700 underline">
        Back to the dashboard
      </Link>
    </div>
  );
}
