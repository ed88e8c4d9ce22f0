// A sum in millions also in billions on the web: "11.145.304 triệu đồng (≈ 11.145 tỷ đồng)". The
// server (money.ts, /explore) and the widget script (answers in the chat and the embed) carry the
// same function; they must agree on every value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyInBillions } from "../../../adapters/web/money.ts";
import { WIDGET_JS } from "../../../adapters/web/assets/widget-js.ts";

// The widget script only declares functions until createChat runs: its moneyInBillions can be called here.
const widgetMoney = new Function(`${WIDGET_JS}\nreturn moneyInBillions;`)() as typeof moneyInBillions;

describe("moneyInBillions", () => {
  it("gives the report's sums in billions, in each language's number format", () => {
    expect(moneyInBillions(11145304, "triệu đồng", "vi")).toBe("≈ 11.145 tỷ đồng");
    expect(moneyInBillions(11387742, "triệu đồng", "vi")).toBe("≈ 11.388 tỷ đồng");
    expect(moneyInBillions(11145304, "million VND", "en")).toBe("≈ 11,145 billion VND");
  });

  it("keeps three significant digits at least, and says = when the rounding is exact", () => {
    expect(moneyInBillions(1000, "triệu đồng", "vi")).toBe("= 1 tỷ đồng");
    expect(moneyInBillions(1500, "triệu đồng", "vi")).toBe("= 1,5 tỷ đồng");
    expect(moneyInBillions(1234, "triệu đồng", "vi")).toBe("≈ 1,23 tỷ đồng");
    expect(moneyInBillions(12345, "million VND", "en")).toBe("≈ 12.3 billion VND");
    expect(moneyInBillions(123456, "triệu đồng", "vi")).toBe("≈ 123 tỷ đồng");
    expect(moneyInBillions(120000, "triệu đồng", "vi")).toBe("= 120 tỷ đồng");
    expect(moneyInBillions(-2500, "triệu đồng", "vi")).toBe("= -2,5 tỷ đồng");
  });

  it("leaves alone sums under 1.000 million and every other unit", () => {
    expect(moneyInBillions(999, "triệu đồng", "vi")).toBeNull();
    expect(moneyInBillions(11322000, "đồng/năm", "vi")).toBeNull();
    expect(moneyInBillions(1117, "thủ tục hành chính", "vi")).toBeNull();
    expect(moneyInBillions(null, "triệu đồng", "vi")).toBeNull();
    expect(moneyInBillions(5000, "constructor", "en")).toBeNull();
  });

  it("is the same in the widget script as on the server", () => {
    expect(widgetMoney(11145304, "triệu đồng", "vi")).toBe("≈ 11.145 tỷ đồng");
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e7, max: 1e7, noNaN: true })),
        fc.constantFrom("triệu đồng", "million VND", "%", "đồng/năm"),
        fc.constantFrom("vi" as const, "en" as const),
        (value, unit, lang) => widgetMoney(value, unit, lang) === moneyInBillions(value, unit, lang),
      ),
      { numRuns: 2000 },
    );
  });
});
