// The messages one page's client components read beyond the shared ones (lib/i18n/client-messages.ts): a
// provider around the page's content with the shared namespaces and the page's own. A nested provider
// replaces the layout's messages rather than adding to them, hence both.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { PAGE_CLIENT_NAMESPACES, pickMessages, SHARED_CLIENT_NAMESPACES, type PageMessagesName } from "@/lib/i18n/client-messages";

export async function PageMessages({ page, children }: { page: PageMessagesName; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...SHARED_CLIENT_NAMESPACES, ...PAGE_CLIENT_NAMESPACES[page]])}>{children}</NextIntlClientProvider>;
}

/** A page component whose content is wrapped in `<PageMessages page={page}>`: `export default withPageMessages("captures", CapturesPage)`. */
export function withPageMessages<Props extends object>(page: PageMessagesName, Page: (props: Props) => Promise<ReactNode>) {
  return async function PageWithMessages(props: Props) {
    return (
      <PageMessages page={page}>
        <Page {...props} />
      </PageMessages>
    );
  };
}
