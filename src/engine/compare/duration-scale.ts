/** How long each unit of a duration is, in minutes, and the slack a duration is compared with (compare-duration.ts). */
import type { DurationUnit } from '../read/types.ts';

export const MINUTES: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  days: 1440,
  weeks: 10_080,
  months: 43_200,
  years: 525_600,
};

/** The record's slack each way ("about three hours" of a meeting recorded as three and a half), and a hedged page value's. */
export const RECORD_SLACK = 1.25;
export const HEDGE_SLACK = 1.2;
