import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkbox,
  day,
  email,
  formDataToObject,
  many,
  optionalDay,
  optionalText,
} from "./validation";

describe("form building blocks", () => {
  const form = z.object({
    active: checkbox(),
    on: day(),
    until: optionalDay(),
    note: optionalText(),
    email: email(),
  });

  it("reads an unticked checkbox (absent from the form) as false and a ticked one as true", () => {
    expect(form.parse({ on: "2026-11-21", email: "a@b.dk" }).active).toBe(false);
    expect(form.parse({ active: "on", on: "2026-11-21", email: "a@b.dk" }).active).toBe(true);
  });

  it("accepts real calendar days only", () => {
    expect(form.parse({ on: "2024-02-29", email: "a@b.dk" }).on).toEqual(
      new Date("2024-02-29T00:00:00Z"),
    );
    for (const bad of ["2015-02-30", "2023-02-29", "2026-13-01", "21-11-2026", "i går", ""]) {
      expect(form.safeParse({ on: bad, email: "a@b.dk" }).success, bad).toBe(false);
    }
    expect(form.parse({ on: "2026-11-21", until: "", email: "a@b.dk" }).until).toBeNull();
  });

  it("trims, lower-cases emails and turns blank optional text into null", () => {
    const parsed = form.parse({ on: "2026-11-21", note: "   ", email: "  Navn@Skole.DK " });
    expect(parsed.note).toBeNull();
    expect(parsed.email).toBe("navn@skole.dk");
  });

  it("keeps repeated form fields as a list", () => {
    const data = new FormData();
    data.append("roles", "PPR");
    data.append("roles", "SSP");
    data.append("name", "Sara");
    data.append("$ACTION_ID_abc", "");
    const object = formDataToObject(data);
    expect(object).toEqual({ roles: ["PPR", "SSP"], name: "Sara" });
    expect(many(z.string()).parse(object.roles)).toEqual(["PPR", "SSP"]);
    expect(many(z.string()).parse(undefined)).toEqual([]);
    expect(many(z.string()).parse("PPR")).toEqual(["PPR"]);
  });

  it("takes fields named like Object's own properties as plain fields", () => {
    const data = new FormData();
    for (const name of ["__proto__", "__proto__", "constructor", "constructor", "toString"])
      data.append(name, "x");
    const object = formDataToObject(data);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(["__proto__", "constructor", "toString"]);
    expect(object.constructor).toEqual(["x", "x"]);
    expect(object.toString).toBe("x");
  });

  it("drops NUL characters, which PostgreSQL cannot store in text", () => {
    const data = new FormData();
    data.append("minutes", "Aftale\u0000 med mor");
    data.append("notes", "\u0000");
    expect(formDataToObject(data)).toEqual({ minutes: "Aftale med mor", notes: "" });
  });
});

describe("stored values read back", () => {
  it("accepts the null a blank optional text was stored as", () => {
    expect(optionalText().parse(null)).toBeNull();
    expect(optionalText().parse(undefined)).toBeNull();
  });
});
