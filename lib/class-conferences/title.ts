/**
 * The default title of a class conference: "Klassekonference efterår 2026". Pure, so the form can
 * show it and the server can fill it in when the title is left blank.
 */
import type { Translate } from "@/lib/i18n";

/** Autumn runs from the start of the school year (August) to December; spring from January. */
export function conferenceSeason(day: Date): "autumn" | "spring" {
  return day.getUTCMonth() >= 7 ? "autumn" : "spring";
}

export function defaultConferenceTitle(day: Date, t: Translate): string {
  return t("conferences.defaultTitle", {
    season: t(`conferences.season.${conferenceSeason(day)}`),
    year: day.getUTCFullYear(),
  });
}
