import { describe, expect, it } from "vitest";
import { slowedDown, talker, tokenConfigVersion } from "./virtual-fleet";

const HOUR = 3_600_000;

describe("a simulated device's conversations", () => {
  it("never overlap: interaction minutes per device minute stay at most 1, even talking back to back", () => {
    const start = Date.UTC(2026, 11, 4);
    const device = talker(["story-teller"], 1, start);
    const samples = Array.from({ length: 60 }, (_, minute) => device.until(start + (minute + 1) * 60_000)).flat();
    for (let i = 1; i < samples.length; i++) {
      const previous = samples[i - 1]!;
      expect(Date.parse(samples[i]!.at)).toBeGreaterThanOrEqual(Date.parse(previous.at) + previous.durationMs);
    }
    const talked = samples.reduce((sum, s) => sum + s.durationMs, 0);
    // Back to back: the hour is filled, with at most the last conversation running past its end.
    expect(talked).toBeGreaterThan(HOUR - 30_000);
    expect(talked).toBeLessThanOrEqual(HOUR + 29_000);
  });

  it("talks about the share of the time it is given", () => {
    const start = Date.UTC(2026, 11, 4);
    const device = talker(["story-teller", "visual-qa"], 0.25, start);
    const samples = device.until(start + 100 * HOUR);
    const share = samples.reduce((sum, s) => sum + s.durationMs, 0) / (100 * HOUR);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(["voice", "video"]));
  });

  it("reports each conversation once, in the report after it started", () => {
    const start = Date.UTC(2026, 11, 4);
    const device = talker(["story-teller"], 0.5, start);
    const first = device.until(start + HOUR);
    const second = device.until(start + 2 * HOUR);
    expect(first.every((s) => Date.parse(s.at) <= start + HOUR)).toBe(true);
    expect(second.every((s) => Date.parse(s.at) > start + HOUR)).toBe(true);
    expect(device.until(start + 2 * HOUR)).toEqual([]);
  });
});

describe("a simulated bad config version", () => {
  const token = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.s`;

  it("reads the version a token was given, and slows its interactions down in the LLM stage", () => {
    expect(tokenConfigVersion(token({ cfg: 3, agents: ["a"] }))).toBe(3);
    expect(tokenConfigVersion(token({ agents: ["a"] }))).toBeNull();
    const [sample] = talker(["story-teller"], 1, Date.now() - 60_000).until();
    expect(sample).toBeDefined();
    const [slow] = slowedDown([sample!], 700);
    expect(slow).toMatchObject({ e2eMs: sample!.e2eMs + 700, llmMs: sample!.llmMs + 700, asrMs: sample!.asrMs, ttsMs: sample!.ttsMs });
  });
});
