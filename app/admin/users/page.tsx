import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { langOfText } from "@/components/ui/bilingual-name";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
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
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

async function UsersPageContent() {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in?next=/admin/users");
  const [t, locale] = await Promise.all([getTranslations("users"), getLocale() as Promise<Locale>]);
  if (!hasRole(me, "ADMIN")) {
    return <p className="text-sm text-slate-700">{t("onlyAdmins")}</p>;
  }
  const today = toDayKey(chinaToday());
  const users = await prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, apiTokens: { orderBy: { createdAt: "desc" } } },
  });
  const roleOptions = vocabularyOptions("Role", undefined, locale);
  const hidden = (name: string, value: string | number) => ({ kind: "hidden" as const, name, value: String(value) });

  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <details className="max-w-xl rounded border border-slate-200 bg-white px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">{t("create")}</summary>
        <div className="mt-3">
          <ActionForm
            action={createUserAction}
            changeMeta={false}
            today={today}
            submitLabel={t("createUser")}
            fields={[
              { kind: "email", name: "email", label: t("email"), required: true },
              { kind: "text", name: "name", label: t("name"), required: true },
              { kind: "select", name: "role", label: t("role"), options: roleOptions, defaultValue: "VIEWER" },
              { kind: "password", name: "password", label: t("initialPassword"), required: true, hint: t("passwordHint", { min: MIN_PASSWORD_LENGTH }) },
            ]}
          />
        </div>
      </details>
      <ul className="space-y-4">
        {users.map((user) => (
          <li key={user.id} className="space-y-2 rounded border border-slate-200 bg-white p-3" data-testid="admin-user">
            <h2 className="font-medium">
              <span lang={langOfText(user.name)}>{user.name}</span>{" "}
              <span className="text-slate-600" lang="en">
                {user.email}
              </span>{" "}
              · {labelOf("Role", user.role, dataLangOf(locale))}
              {user.disabledAt ? <span className="ml-2 rounded bg-rose-50 px-1.5 text-xs text-rose-800">{t("disabled")}</span> : null}
            </h2>
            <div className="grid gap-3 md:grid-cols-3">
              <ActionForm
                action={changeUserRoleAction}
                changeMeta={false}
                today={today}
                submitLabel={t("changeRole")}
                fields={[hidden("userId", user.id), { kind: "select", name: "role", label: t("role"), options: roleOptions, defaultValue: user.role }]}
              />
              <ActionForm
                action={setUserPasswordAction}
                changeMeta={false}
                today={today}
                submitLabel={t("setPassword")}
                fields={[hidden("userId", user.id), { kind: "password", name: "password", label: t("newPassword"), required: true }]}
              />
              <ActionForm
                action={setUserDisabledAction}
                changeMeta={false}
                today={today}
                submitLabel={user.disabledAt ? t("enable") : t("disable")}
                fields={[hidden("userId", user.id), ...(user.disabledAt ? [] : [hidden("disabled", "on")])]}
              />
            </div>
            <div className="space-y-2">
              <h3 className="text-sm font-medium">{t("tokens")}</h3>
              <ul className="space-y-1 text-sm">
                {user.apiTokens.map((token) => (
                  <li key={token.id} className="flex flex-wrap items-center gap-3">
                    <span lang={langOfText(token.name)}>{token.name}</span>
                    <span className="text-xs text-slate-500">
                      {t("issued", { day: token.createdAt.toISOString().slice(0, 10) })}
                      {token.lastUsedAt ? t("lastUsed", { time: token.lastUsedAt.toISOString().slice(0, 16).replace("T", " ") }) : t("neverUsed")}
                    </span>
                    {token.revokedAt ? (
                      <span className="text-xs text-rose-700">{t("revoked")}</span>
                    ) : (
                      <ActionForm action={revokeApiTokenAction} changeMeta={false} today={today} submitLabel={t("revoke")} fields={[hidden("tokenId", token.id)]} />
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

// Its forms read messages the layout does not send to every page.
export default withPageMessages("users", UsersPageContent);
