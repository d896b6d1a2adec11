import { describe, expect, it } from "vitest";
import { formatNumber, formatShare } from "@/lib/i18n";

describe("numbers in the reader's language", () => {
  it("writes Danish decimals with a comma and thousands with a point", () => {
    expect(formatNumber(4.75, "da", 1)).toBe("4,8");
    expect(formatNumber(25306, "da")).toBe("25.306");
    expect(formatNumber(4.75, "en", 1)).toBe("4.8");
  });

  it("writes a share in prose as exact as it was kept: whole, or one decimal", () => {
    expect(formatShare(33.3, "da")).toBe("33,3");
    expect(formatShare(25, "da")).toBe("25");
    expect(formatShare(6.5, "en")).toBe("6.5");
  });
});
