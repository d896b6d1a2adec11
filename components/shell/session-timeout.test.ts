import { describe, expect, it } from "vitest";
import { phaseOf, WARN_SECONDS } from "./session-timeout";

describe("phaseOf", () => {
  it("warns from two minutes before the end, and says so at the end", () => {
    expect(WARN_SECONDS).toBeGreaterThanOrEqual(20); // WCAG 2.2.1: at least 20 seconds to act
    expect(phaseOf(30 * 60)).toBe("fine");
    expect(phaseOf(WARN_SECONDS + 1)).toBe("fine");
    expect(phaseOf(WARN_SECONDS)).toBe("ending");
    expect(phaseOf(1)).toBe("ending");
    expect(phaseOf(0)).toBe("ended");
    expect(phaseOf(null)).toBe("ended");
  });
});
