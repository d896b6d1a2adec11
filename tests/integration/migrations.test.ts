import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPrisma } from "@/lib/cli/local-database";

describe("the committed migrations", () => {
  it("produce exactly prisma/schema.prisma (no change left without a migration)", async () => {
    const output = await runPrisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        path.join("prisma", "migrations"),
        "--to-schema-datamodel",
        path.join("prisma", "schema.prisma"),
        "--exit-code",
      ],
      process.env.DATABASE_URL!,
      { quiet: true },
    );
    expect(output).toContain("No difference detected");
  });
});
