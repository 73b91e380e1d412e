// The Watch / Unwatch button of a candidate or a saved view, for a signed-in user.
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/watch/action-button";
import { unwatchAction, watchAction } from "@/lib/watch/actions";

export function WatchToggle({ target, watching }: { target: { candidateId: number } | { viewId: number }; watching: boolean }) {
  const t = useTranslations("watch.toggle");
  return watching ? (
    <ActionButton action={unwatchAction} fields={target} label={t("watching")} testId="unwatch-button" />
  ) : (
    <ActionButton action={watchAction} fields={target} label={t("watch")} tone="primary" testId="watch-button" />
  );
}
