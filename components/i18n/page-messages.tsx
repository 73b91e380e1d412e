// The messages one page's client components read beyond the shared ones (lib/i18n/client-messages.ts),
// around the page's content: only the page's own travel, the browser adds them to the layout's.
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { AddMessages } from "@/components/i18n/add-messages";
import { PAGE_CLIENT_NAMESPACES, pickMessagesText, type PageMessagesName } from "@/lib/i18n/client-messages";

export async function PageMessages({ page, children }: { page: PageMessagesName; children: ReactNode }) {
  const messages = await getMessages();
  return <AddMessages messages={pickMessagesText(messages, PAGE_CLIENT_NAMESPACES[page])}>{children}</AddMessages>;
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
