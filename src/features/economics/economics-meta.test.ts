import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { monthName, multiple, PROJECTION_COLUMNS, projectionRows, TABLE_COLUMNS, tableRows, type Economics } from "./economics-meta";

const figures = {
  devices: 8, activeDevices: 8, activations: 8, activationsPerMonth: 2.7, inputTokensPerDevice: 2_200_000, outputTokensPerDevice: 284_300,
  licensePerDevice: 17, tokenPerDevice: 842, devicesIn12Months: 40, license12Months: 5_067, token12Months: 256_059,
};
const data = {
  currency: "usd",
  skus: [{ ...figures, skuId: "s1", code: "PIP-2", name: "Pip Talking Bear" }],
  totals: { ...figures, licensePerDevice: null, license12Months: null },
  projection: [{ month: "2027-01", devices: 11, licenseCost: 183, tokenCost: 9_262 }],
} as unknown as Economics;

describe("the unit economics CSV files", () => {
  it("has stable keys, a row per SKU then the fleet, amounts in decimal major units and empty where unknown", () => {
    expect(toCsv(TABLE_COLUMNS, tableRows(data)).split("\r\n")).toEqual([
      "row,sku_code,sku_name,devices,active_devices_30d,activations_90d,input_tokens_per_device_month,output_tokens_per_device_month,license_cost_per_device_month,token_cost_per_device_month,devices_in_12_months,license_cost_12_months,token_cost_12_months,currency",
      "sku,PIP-2,Pip Talking Bear,8,8,8,2200000,284300,0.17,8.42,40,50.67,2560.59,USD",
      "fleet,,All SKUs,8,8,8,2200000,284300,,8.42,40,,2560.59,USD",
      "",
    ]);
  });

  it("writes the projection month by month", () => {
    expect(toCsv(PROJECTION_COLUMNS, projectionRows(data))).toBe("month,devices,license_cost,token_cost,currency\r\n2027-01,11,1.83,92.62,USD\r\n");
  });

  it("says how many times the license the token bill is, only when both are known", () => {
    expect(multiple(842, 17)).toBe("50×");
    expect(multiple(150, 40)).toBe("3.8×");
    expect(multiple(842, null)).toBeNull();
    expect(multiple(0, 17)).toBeNull();
  });
});

describe("the projection's months", () => {
  it("names the projection's months in the console's language", () => {
    expect(monthName("2027-01")).toBe("Jan 2027");
    expect(monthName("2027-01", "zh-CN")).toBe("2027年1月");
  });
});
