import { describe, expect, it } from "vitest";
import { addMonths, graceEndsAt, reminderDue, termState } from "./seat-terms";

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

describe("seat term dates", () => {
  it("adds calendar months in UTC, keeping the time and clamping to the month's last day", () => {
    expect(addMonths(at("2027-01-15T09:30:00Z"), 12)).toEqual(at("2028-01-15T09:30:00Z"));
    expect(addMonths(at("2027-01-31T10:00:00Z"), 1)).toEqual(at("2027-02-28T10:00:00Z"));
    expect(addMonths(at("2028-02-29T00:00:00Z"), 12)).toEqual(at("2029-02-28T00:00:00Z"));
    expect(addMonths(at("2027-11-30T23:59:59Z"), 3)).toEqual(at("2028-02-29T23:59:59Z")); // leap year
    expect(addMonths(at("2027-12-31T12:00:00Z"), 6)).toEqual(at("2028-06-30T12:00:00Z"));
  });

  it("the reminder due is the smallest threshold reached: 30, 7, 1 days; none after the end", () => {
    const end = at("2027-06-30T12:00:00Z");
    const before = (days: number) => new Date(end.getTime() - days * DAY);
    expect(reminderDue(end, before(30.01))).toBeNull();
    expect(reminderDue(end, before(30))).toBe(30);
    expect(reminderDue(end, before(7.5))).toBe(30);
    expect(reminderDue(end, before(7))).toBe(7);
    expect(reminderDue(end, before(1))).toBe(1);
    expect(reminderDue(end, before(0.001))).toBe(1);
    expect(reminderDue(end, end)).toBeNull();
  });

  it("a term is active, expiring in its last 30 days, in grace 30 days after its end, then ended; renewed wins", () => {
    const end = at("2027-06-30T12:00:00Z");
    const term = { endsAt: end, renewedByOrderId: null };
    expect(termState(term, new Date(end.getTime() - 31 * DAY))).toBe("active");
    expect(termState(term, new Date(end.getTime() - 30 * DAY))).toBe("expiring");
    expect(termState(term, end)).toBe("grace");
    expect(termState(term, new Date(end.getTime() + 30 * DAY - 1))).toBe("grace");
    expect(termState(term, new Date(end.getTime() + 30 * DAY))).toBe("ended");
    expect(termState({ ...term, renewedByOrderId: "o1" }, end)).toBe("renewed");
    expect(graceEndsAt(end)).toEqual(at("2027-07-30T12:00:00Z"));
  });
});
