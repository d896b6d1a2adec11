import { describe, expect, it } from "vitest";
import { createTranslator, LOCALES, messagesFor, type Messages } from "./index";

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe("the message catalogue", () => {
  const danish = keysOf(messagesFor("da")).sort();

  it.each(LOCALES)("%s has exactly the Danish keys", (locale) => {
    expect(keysOf(messagesFor(locale)).sort()).toEqual(danish);
  });

  it.each(LOCALES)("%s has no empty texts and the same placeholders as Danish", (locale) => {
    const da = createTranslator(messagesFor("da"));
    const t = createTranslator(messagesFor(locale));
    for (const key of danish as Parameters<typeof t>[0][]) {
      expect(t(key), key).not.toBe("");
      expect(placeholdersOf(t(key)), key).toEqual(placeholdersOf(da(key)));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = createTranslator({
      common: { pageOf: "Side {page} af {pages}" },
    } as unknown as Messages);
    expect(t("common.pageOf", { page: 2, pages: 5 })).toBe("Side 2 af 5");
    expect(t("common.pageOf", { page: 2 })).toBe("Side 2 af {pages}");
  });
});
