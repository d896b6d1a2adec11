/**
 * The concern's traffic light, status and categories as text with colour — never colour alone.
 * Plain components (no hooks): server pages pass `t` from getT(), client ones from useT().
 */
import { Badge } from "@/components/ui/layout";
import type { ConcernCategory, ConcernLevel, ConcernStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n";

const LEVEL_TONES = { GREEN: "green", YELLOW: "yellow", RED: "red" } as const;
const STATUS_TONES = {
  NEW: "brand",
  IN_PROGRESS: "yellow",
  ON_FORUM: "brand",
  CLOSED: "neutral",
} as const;

/** Reads "Trafiklys: rød" to a screen reader; shows a coloured dot and "Rød". */
export function LevelBadge({ level, t }: { level: ConcernLevel; t: Translate }) {
  const label = t(`concerns.levels.${level}`);
  return (
    <Badge tone={LEVEL_TONES[level]}>
      <span className="sr-only">{t("concerns.levelBadge", { level: label })}</span>
      <span aria-hidden="true">
        <span className="mr-1">●</span>
        {label}
      </span>
    </Badge>
  );
}

export function StatusBadge({ status, t }: { status: ConcernStatus; t: Translate }) {
  return <Badge tone={STATUS_TONES[status]}>{t(`concerns.statuses.${status}`)}</Badge>;
}

export function categoryList(categories: readonly ConcernCategory[], t: Translate): string {
  return categories.map((category) => t(`concerns.categories.${category}`)).join(", ");
}
