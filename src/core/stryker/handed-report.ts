/** What reached the gate as Stryker's report, after the check that Stryker's main process wrote it. */
export type HandedReport =
  /** The report's text, as Stryker's main process wrote and sealed it. */
  | { readonly kind: 'sealed'; readonly text: string }
  /** No report was handed over (Stryker stopped before reporting). */
  | { readonly kind: 'missing'; readonly reason: string }
  /** Something else wrote or changed the report: the code under test tampered with the measurement. */
  | { readonly kind: 'forged'; readonly reason: string };
