// The header's account corner: who is signed in and with which role, or a sign-in link.
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { labelOf } from "@/lib/domain/vocabulary";

export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm text-blue-700 hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm" data-testid="user-menu">
      {canEdit(user) ? (
        <Link href="/candidates/new" className="text-slate-700 hover:text-slate-950">
          New candidate
        </Link>
      ) : null}
      {user.role === "ADMIN" ? (
        <Link href="/admin/users" className="text-slate-700 hover:text-slate-950">
          Users
        </Link>
      ) : null}
      <span className="text-slate-600">
        {user.name} <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{labelOf("Role", user.role)}</span>
      </span>
      <SignOutButton />
    </div>
  );
}
