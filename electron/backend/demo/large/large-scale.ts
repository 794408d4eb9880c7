// How large the large demo is. The audit-pack benchmark uses the full scale; tests use a fraction.
export interface LargeScale {
  activities: number;
  people: number;
  completions: number;
  incidents: number;
  evidenceFiles: number;
  evidenceBytes: number;
  /** The audit trail's length when the large demo is done (the standard demo's events included). */
  auditEvents: number;
  /** Days of history before today over which the records are spread. */
  days: number;
}

export const LARGE_SCALE: LargeScale = {
  activities: 10_000,
  people: 5_000,
  completions: 100_000,
  incidents: 2_000,
  evidenceFiles: 1_000,
  evidenceBytes: 1024 ** 3,
  auditEvents: 1_000_000,
  days: 365,
};

export interface LargeDemoSummary {
  activities: number;
  people: number;
  completions: number;
  incidents: number;
  evidenceFiles: number;
  evidenceBytes: number;
  auditEvents: number;
}
