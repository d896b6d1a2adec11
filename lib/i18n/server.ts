import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import {
  createTranslator,
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  messagesFor,
  type Locale,
} from "./index";

/** The visitor's language: their choice (a cookie), Danish otherwise. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
});

export const getT = cache(async () => createTranslator(messagesFor(await getLocale())));
