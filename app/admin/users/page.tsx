import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { toDayKey } from "@/lib/domain/calendar-day";
import { labelOf } from "@/lib/domain/vocabulary";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { changeUserRoleAction, createUserAction, revokeApiTokenAction, setUserDisabledAction, setUserPasswordAction } from "@/lib/users/actions";
import { chinaToday } from "@/lib/today";
import { IssueTokenForm } from "@/components/admin/issue-token-form";
import { ActionForm } from "@/components/workflow/action-form";
import { vocabularyOptions } from "@/components/workflow/options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in?next=/admin/users");
  if (!hasRole(me, "ADMIN")) {
    return <p className="text-sm text-slate-700">Only administrators manage users and API tokens.</p>;
  }
  const today = toDayKey(chinaToday());
  const users = await prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, apiTokens: { orderBy: { createdAt: "desc" } } },
  });
  const roleOptions = vocabularyOptions("Role");
  const hidden = (name: string, value: string | number) => ({ kind: "hidden" as const, name, value: String(value) });

  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">Users</h1>
      <details className="max-w-xl rounded border border-slate-200 bg-white px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">Create a user</summary>
        <div className="mt-3">
          <ActionForm
            action={createUserAction}
            changeMeta={false}
            today={today}
            submitLabel="Create user"
            fields={[
              { kind: "email", name: "email", label: "Email", required: true },
              { kind: "text", name: "name", label: "Name", required: true },
              { kind: "select", name: "role", label: "Role", options: roleOptions, defaultValue: "VIEWER" },
              { kind: "password", name: "password", label: "Initial password", required: true, hint: `At least ${MIN_PASSWORD_LENGTH} characters.` },
            ]}
          />
        </div>
      </details>
      <ul className="space-y-4">
        {users.map((user) => (
          <li key={user.id} className="space-y-2 rounded border border-slate-200 bg-white p-3" data-testid="admin-user">
            <h2 className="font-medium">
              {user.name} <span className="text-slate-600">{user.email}</span> · {labelOf("Role", user.role)}
              {user.disabledAt ? <span className="ml-2 rounded bg-rose-50 px-1.5 text-xs text-rose-800">disabled</span> : null}
            </h2>
            <div className="grid gap-3 md:grid-cols-3">
              <ActionForm
                action={changeUserRoleAction}
                changeMeta={false}
                today={today}
                submitLabel="Change role"
                fields={[hidden("userId", user.id), { kind: "select", name: "role", label: "Role", options: roleOptions, defaultValue: user.role }]}
              />
              <ActionForm
                action={setUserPasswordAction}
                changeMeta={false}
                today={today}
                submitLabel="Set password"
                fields={[hidden("userId", user.id), { kind: "password", name: "password", label: "New password", required: true }]}
              />
              <ActionForm
                action={setUserDisabledAction}
                changeMeta={false}
                today={today}
                submitLabel={user.disabledAt ? "Enable account" : "Disable account"}
                fields={[hidden("userId", user.id), ...(user.disabledAt ? [] : [hidden("disabled", "on")])]}
              />
            </div>
            <div className="space-y-2">
              <h3 className="text-sm font-medium">API tokens</h3>
              <ul className="space-y-1 text-sm">
                {user.apiTokens.map((token) => (
                  <li key={token.id} className="flex flex-wrap items-center gap-3">
                    <span>{token.name}</span>
                    <span className="text-xs text-slate-500">
                      issued {token.createdAt.toISOString().slice(0, 10)}
                      {token.lastUsedAt ? `, last used ${token.lastUsedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ", never used"}
                    </span>
                    {token.revokedAt ? (
                      <span className="text-xs text-rose-700">revoked</span>
                    ) : (
                      <ActionForm action={revokeApiTokenAction} changeMeta={false} today={today} submitLabel="Revoke" fields={[hidden("tokenId", token.id)]} />
                    )}
                  </li>
                ))}
              </ul>
              <div className="max-w-sm">
                <IssueTokenForm userId={user.id} today={today} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
