import { useTranslations } from "next-intl";

/** A source URL as a link that opens outside the app; "no source" when there is none. */
export function SourceLink({ url }: { url: string | null }) {
  const t = useTranslations("ui");
  if (!url) return <span className="text-xs text-slate-400">{t("noSource")}</span>;
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Keep the raw text: an unparsable URL is still evidence worth showing.
  }
  return (
    <a href={url} target="_blank" rel="noreferrer noopener" className="text-xs text-blue-700 underline" title={url}>
      {host}
    </a>
  );
}
