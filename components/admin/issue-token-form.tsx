"use client";

// Issues a personal API token and shows it once, with how to use it; it cannot be shown again.
import { useTranslations } from "next-intl";
import { issueApiTokenAction } from "@/lib/users/actions";
import { ActionForm } from "@/components/workflow/action-form";

export function IssueTokenForm({ userId, today }: { userId: number; today: string }) {
  const t = useTranslations("users");
  return (
    <ActionForm
      action={issueApiTokenAction}
      changeMeta={false}
      today={today}
      submitLabel={t("issueToken")}
      testId={`issue-token-${userId}`}
      fields={[
        { kind: "hidden", name: "userId", value: String(userId) },
        { kind: "text", name: "name", label: t("tokenName"), required: true, hint: t("tokenNameHint") },
      ]}
      renderResult={(state) => {
        const token = (state.details as { token?: string } | undefined)?.token;
        if (!token) return null;
        return (
          <div className="space-y-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="issued-token">
            <p className="font-medium">{t("copyToken")}</p>
            <code className="block break-all rounded bg-white px-2 py-1 font-mono">{token}</code>
            <p className="text-xs text-slate-700">{t.rich("useToken", { prefix: token.slice(0, 6), code: (chunks) => <code>{chunks}</code> })}</p>
          </div>
        );
      }}
    />
  );
}
