// Cells as Excel will read them. A cell that starts like a formula (=, +, -, @, tab, CR) is prefixed with a
// single quote so that opening the file never runs it (CSV/formula injection, OWASP). The import reverses
// exactly this step, so an export read back yields the stored text.
//
// Decisions:
// - A plain decimal number such as "-12.5" is left alone: Excel parses it as a number, never as a formula,
//   and prefixing it would turn numbers into text for the analyst. "-1+2", "+86 10" or "-1e5" are prefixed.
// - Text that already starts with quotes before a trigger ("'=x") gets one more quote, so the mapping stays
//   reversible: restoreNeutralizedCell(neutralizeCell(s)) === s for every s.
// - Excel shows the added quote as a visible character in a CSV (it is not Excel's hidden text prefix there);
//   that is the price of safety and is what OWASP recommends.

/** Optional leading quotes, then a character that makes Excel/LibreOffice evaluate the cell. */
const STARTS_LIKE_FORMULA = /^'*[=+\-@\t\r]/;
/** Added quote + the neutralised text: what the import recognises and strips. */
const NEUTRALIZED = /^''*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** First characters after which a cell may need the prefix: ' = + - @ tab CR. */
const TRIGGER_CODES = new Set(["'", "=", "+", "-", "@", "\t", "\r"].map((char) => char.charCodeAt(0)));

export function neutralizeCell(text: string): string {
  // Most cells start with a letter or digit: skip the regular expressions (an export runs this on
  // millions of cells).
  if (!TRIGGER_CODES.has(text.charCodeAt(0))) return text;
  if (PLAIN_NUMBER.test(text)) return text;
  return STARTS_LIKE_FORMULA.test(text) ? `'${text}` : text;
}

export function restoreNeutralizedCell(text: string): string {
  return NEUTRALIZED.test(text) ? text.slice(1) : text;
}
