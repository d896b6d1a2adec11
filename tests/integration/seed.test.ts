import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo";
import { seedDemo } from "@/prisma/seed";

describe("the demo school", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("refuses to create demo users in production unless told to", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(seedDemo(db)).rejects.toThrow(/Refusing/);
    expect(await db.user.count()).toBe(0);
  });

  it("creates both schools, every demo role and realistic content, once", async () => {
    await seedDemo(db, { today: new Date("2026-11-21T00:00:00Z") });
    const schools = await db.school.findMany({
      select: { name: true, _count: { select: { pupils: true, classes: true } } },
      orderBy: { name: "asc" },
    });
    expect(schools).toEqual([
      { name: "Demoskolen", _count: { pupils: 400, classes: 20 } },
      { name: "Nordskolen", _count: { pupils: 150, classes: 10 } },
    ]);
    for (const user of DEMO_USERS) {
      expect(await verifyCredentials(user.email, DEMO_PASSWORD), user.email).not.toBeNull();
    }
    const teacher = await db.user.findUniqueOrThrow({
      where: { email: "laerer@demoskolen.dk" },
      select: { classes: true },
    });
    expect(teacher.classes).toHaveLength(2);
    expect(await db.caseEntry.count()).toBeGreaterThan(20);
    expect(await db.caseEntry.count({ where: { confidentiality: "PROFESSION" } })).toBeGreaterThan(
      0,
    );

    const pupilsBefore = await db.pupil.count();
    await seedDemo(db);
    expect(await db.pupil.count()).toBe(pupilsBefore);
  });
});
