import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import { evaluateGate } from "@/server/modules/rollouts/gate";
import { rolloutWords } from "./rollout-meta";

const figures = { kind: "voice" as const, candidate: { version: 2, interactions: 4, p95Ms: 700 }, baseline: { version: 1, interactions: 0, p95Ms: null } };
const share = { percent: 5, cohorts: { onNew: 0, onOld: 0, seenSinceStart: 0, active: 2_410 } };

describe("rollout wording", () => {
  const words = rolloutWords("en", CATALOGS.en);

  it("describes the plan and the gate as the panel shows them", () => {
    expect(words.plan({ steps: [0.5, 25, 100], stepMinutes: 1440 })).toBe("0.5 → 25 → 100 %, 1,440 min a step");
    expect(words.gate({ kind: "video", maxP95Ms: 1500, maxRegressionPct: 20, minInteractions: 50 })).toBe(
      "video p95 ≤ 1,500 ms, ≤ +20 % vs the old version, after 50 interactions",
    );
    expect(words.gate({ maxRegressionPct: 10 })).toBe("voice ≤ +10 % vs the old version, after 100 interactions");
    expect(words.gate(null)).toBe("No gate");
    expect(words.status("rolled_back")).toBe("Rolled back");
  });

  it("turns the share into devices, and the gate's verdict into a sentence", () => {
    expect(words.expectedOnNew(share)).toBe("≈ 121 of 2,410 active devices");
    expect(words.gateCheck({ ...figures, verdict: "wait", why: "4 of 100 voice interactions on version 2 so far" })).toBe("Waiting for data: 4 of 100 voice interactions on version 2 so far.");
    expect(words.gateCheck({ ...figures, verdict: "pass" })).toBe("Passing: the new version is within the gate's limits.");
    expect(words.versionLatency(figures.candidate, "voice")).toBe("version 2: p95 700 ms over 4 voice interactions");
    expect(words.versionLatency({ version: 3, interactions: 1, p95Ms: 1200 }, "voice")).toBe("version 3: p95 1,200 ms over 1 voice interaction");
    expect(words.versionLatency(figures.baseline, "voice")).toBe("version 1: no voice interactions yet");
  });

  it("words the gate's figures as the server's English reason, word for word", () => {
    const v = (version: number, interactions: number, p95Ms: number | null) => ({ version, interactions, p95Ms });
    const verdicts = [
      evaluateGate({ maxP95Ms: 1000 }, "voice", v(2, 1312, 1420.4), v(1, 4000, 690)),
      evaluateGate({ maxRegressionPct: 20, minInteractions: 300 }, "video", v(7, 500, 952), v(6, 19000, 690.5)),
      evaluateGate({ maxP95Ms: 1000, minInteractions: 2000 }, "voice", v(2, 1312, 1420), v(1, 4000, 690)),
    ];
    for (const verdict of verdicts) {
      if (verdict.verdict === "fail") {
        expect(words.reason({ reason: verdict.reason, gateFailure: verdict.failure })).toBe(verdict.reason);
        expect(words.gateCheck({ ...figures, ...verdict })).toBe(`Failing: ${verdict.reason}`);
      }
      if (verdict.verdict === "wait") expect(words.gateCheck({ ...figures, candidate: v(2, 1312, 1420), ...verdict })).toBe(`Waiting for data: ${verdict.why}.`);
    }
    expect(verdicts.map((verdict) => verdict.verdict)).toEqual(["fail", "fail", "wait"]);
    expect(words.reason({ reason: "wrong voice", gateFailure: null })).toBe("wrong voice");

    const zh = rolloutWords("zh-CN", CATALOGS["zh-CN"]);
    const [above, slower, waiting] = verdicts;
    expect(above?.verdict === "fail" && zh.reason({ reason: above.reason, gateFailure: above.failure })).toBe("版本 2 的语音 p95 为 1,420 ms（1,312 次交互），超过门限 1,000 ms。");
    expect(slower?.verdict === "fail" && zh.reason({ reason: slower.reason, gateFailure: slower.failure })).toBe(
      "版本 7 的视频 p95 为 952 ms（500 次交互），比同一时段版本 6 的 691 ms（19,000 次交互）高 38%，门限允许 +20%。",
    );
    expect(waiting?.verdict === "wait" && zh.gateCheck({ ...figures, candidate: v(2, 1312, 1420), ...waiting })).toBe("等待数据：版本 2 目前有 1,312/2,000 次语音交互。");
    expect(zh.reason({ reason: "声音不适合这只熊", gateFailure: null })).toBe("声音不适合这只熊");
  });

  it("speaks Chinese with the glossary's terms", () => {
    const zh = rolloutWords("zh-CN", CATALOGS["zh-CN"]);
    expect(zh.plan({ steps: [5, 25, 100], stepMinutes: 60 })).toBe("5 → 25 → 100%，每步 60 分钟");
    expect(zh.gate({ kind: "voice", maxP95Ms: 1000, minInteractions: 100 })).toBe("语音：p95 ≤ 1,000 ms，累计 100 次交互后判定");
    expect(zh.expectedOnNew(share)).toBe("约 121 台（共 2,410 台活跃设备）");
    expect(zh.versionLatency(figures.candidate, "voice")).toBe("版本 2：4 次语音交互，p95 为 700 ms");
    expect(zh.status("running")).toBe("发布中");
  });
});
