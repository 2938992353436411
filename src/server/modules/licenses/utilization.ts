/** Utilization levels (percent of seats in use) that raise an alert to owners and admins. */
const ALERT_THRESHOLDS = [70, 90, 100] as const;

/** The highest threshold reached at `used` of `total` seats; 0 below the first one. */
export function alertLevel(used: number, total: number): number {
  if (total <= 0) return used > 0 ? 100 : 0;
  const percent = (used / total) * 100;
  return ALERT_THRESHOLDS.filter((threshold) => percent >= threshold).at(-1) ?? 0;
}

/** The threshold crossed upwards when usage goes from `before` to `after`, or null. */
export function crossedAlertThreshold(before: number, after: number, total: number): number | null {
  const level = alertLevel(after, total);
  return level > alertLevel(before, total) ? level : null;
}
