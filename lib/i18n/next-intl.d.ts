// Types next-intl's getLocale/useLocale as this app's locales.
import type { Locale } from "@/lib/i18n/config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
