import type { Metadata } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pathway Tracker", template: "%s · Pathway Tracker" },
  description: "Metabolic peptide candidates through China's NMPA/CDE pathway, expedited programmes and reimbursement lists.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-screen-2xl items-center gap-6 px-4 py-3">
            <Link href="/" className="font-semibold text-slate-900">
              Pathway Tracker <span className="font-normal text-slate-500">· 中国注册路径</span>
            </Link>
            <Link href="/" className="text-sm text-slate-700 hover:text-slate-950">
              Dashboard
            </Link>
            <Link href="/timeline" className="text-sm text-slate-700 hover:text-slate-950">
              Timeline
            </Link>
            <Link href="/activity" className="text-sm text-slate-700 hover:text-slate-950">
              Activity
            </Link>
            <div className="ml-auto">
              <UserMenu />
            </div>
          </nav>
        </header>
        <main className="mx-auto max-w-screen-2xl px-4 py-6">
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
      </body>
    </html>
  );
}
