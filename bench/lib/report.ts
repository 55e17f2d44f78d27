// The printed report: plain tables and budget lines, PASS/FAIL beside the measured number.

export interface Budget {
  /** What is measured, e.g. "whole analysis / Readability (median)". */
  what: string;
  /** The budget in words, e.g. "<= 1.3x". */
  budget: string;
  measured: string;
  /** null when there was nothing to measure. */
  pass: boolean | null;
  /** Where the budget comes from (issue number). */
  source?: string;
}

export const verdict = (pass: boolean | null): string => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');

export function budget(what: string, limit: string, measured: number | null, ok: (x: number) => boolean, format: (x: number) => string, source?: string): Budget {
  return { what, budget: limit, measured: measured === null ? '-' : format(measured), pass: measured === null ? null : ok(measured), source };
}

export const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const times = (x: number | null): string => (x === null ? '-' : `${x.toFixed(2)}x`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A text table; numbers (and cells that look like numbers) are right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => cells.length > 0 && cells.every((r) => /^[-+]?[\d.,]+\s*(x|%|ms|KB|MB)?$|^-$/.test(r[i] ?? '')));
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].map((l) => `  ${l}`).join('\n');
}

export function budgetLines(budgets: Budget[]): string {
  return table(
    ['budget', 'limit', 'measured', 'verdict'],
    budgets.map((b) => [`${b.what}${b.source ? ` (${b.source})` : ''}`, b.budget, b.measured, verdict(b.pass)]),
  );
}
