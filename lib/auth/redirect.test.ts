import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./redirect";

describe("the callback after sign-in", () => {
  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "",
    undefined,
  ])("refuses %s and goes home", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("keeps a path of the app, with its query", () => {
    expect(safeCallbackUrl("/pupils/123?kind=NOTE")).toBe("/pupils/123?kind=NOTE");
    expect(safeCallbackUrl(["/forum", "/admin"])).toBe("/forum");
  });
});
