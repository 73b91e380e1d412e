// What a capture kind is: the columns of one official list, as data. Each column names the headers the
// site prints (Chinese, with the variants seen across pages and years) and an English name beside them;
// detection, reading and the review screen all work from these declarations, never from code per kind.
import type { Label } from "@/lib/domain/vocabulary";

export type CaptureColumn<Key extends string = string> = {
  key: Key;
  /** Headers as printed, the first being the usual one; compared after NFKC, spaces removed. */
  zh: readonly [string, ...string[]];
  en: string;
  required?: boolean;
};

export type CaptureKindSpec<Key extends string = string, Name extends string = string> = {
  name: Name;
  label: Label;
  /** Where the list is published and how an analyst captures it (README and the capture form). */
  where: Label;
  columns: readonly CaptureColumn<Key>[];
};

export function defineKind<const Key extends string, const Name extends string>(spec: CaptureKindSpec<Key, Name>): CaptureKindSpec<Key, Name> {
  return spec;
}
