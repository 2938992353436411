import { describe, expect, it } from "vitest";
import { manifestCsv, manifestFilename } from "./manifest-csv";

describe("manifestCsv", () => {
  it("writes a header and one CRLF line per device", () => {
    const csv = manifestCsv([
      { id: "dev_1", serial: "SN-1", secret: "abc", label: "Hall, east", batch: null },
      { id: "dev_2", serial: "SN-2", secret: "-starts_with_dash", label: null, batch: "B1", tags: ["beta", "eu"] },
    ]);
    expect(csv).toBe('serial,deviceId,secret,label,batch,tags\r\nSN-1,dev_1,abc,"Hall, east",,\r\nSN-2,dev_2,-starts_with_dash,,B1,beta;eu\r\n');
  });

  it("neutralizes formula-like labels and batches but never secrets", () => {
    const csv = manifestCsv([{ id: "dev_1", serial: "S", secret: "-secret", label: '=HYPERLINK("x")', batch: "@cmd" }]);
    expect(csv.split("\r\n")[1]).toBe('S,dev_1,-secret,"\'=HYPERLINK(""x"")",\'@cmd,');
  });
});

describe("manifestFilename", () => {
  it("stamps the SKU code and time into a safe name", () => {
    expect(manifestFilename("GL 2/pro", new Date("2026-03-04T09:15:00Z"))).toBe("anima-manifest-GL_2_pro-2026-03-04-0915.csv");
  });
});
