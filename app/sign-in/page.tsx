import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/sign-in";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const destination = safeRedirectPath(typeof next === "string" ? next : undefined);
  const user = await getCurrentUser();
  return (
    <section className="mx-auto max-w-sm space-y-4">
      <h1 className="text-xl font-semibold">Sign in</h1>
      {user ? (
        <p className="text-sm text-slate-700">
          You are signed in as {user.email}. <Link href={destination} className="text-blue-700 underline">Continue</Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            Reading is open to everyone; sign in as an analyst to record changes, or as an administrator to manage users.
          </p>
          <SignInForm next={destination} />
        </>
      )}
    </section>
  );
}
