/** How many days an offset ("two weeks later", "about a month before") allows, with its slack. */
export type Unit = 'days' | 'weeks' | 'months' | 'years';

const DAYS: Record<Unit, number> = { days: 1, weeks: 7, months: 30.44, years: 365.25 };

/** The days an offset allows: exact for a few days, wider for longer or hedged ones. */
export function offsetDays(unit: Unit, amount: number, approximate: boolean): [number, number] {
  const days = amount * DAYS[unit];
  let slack: number;
  if (unit === 'days')
    slack = approximate
      ? Math.max(1, Math.round(days * 0.2))
      : amount <= 3
        ? 0
        : Math.max(1, Math.round(days * 0.1));
  else if (unit === 'weeks') slack = Math.max(2, Math.round(days * 0.2));
  else if (unit === 'months') slack = Math.max(10, Math.round(days * 0.2));
  else slack = Math.max(60, Math.round(days * 0.2));
  return [Math.round(days) - slack, Math.round(days) + slack];
}
