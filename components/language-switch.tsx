import { setLocale } from "@/app/actions";
import { getLocale, getT } from "@/lib/i18n/server";

/** Two small buttons, the current language marked; works without JavaScript. */
export async function LanguageSwitch({ className = "" }: { className?: string }) {
  const locale = await getLocale();
  const t = await getT();
  const choices = [
    { value: "da", label: t("common.languageDanish") },
    { value: "en", label: t("common.languageEnglish") },
  ] as const;
  return (
    <form
      action={setLocale}
      className={`flex items-center gap-1 text-sm ${className}`}
      aria-label={t("common.language")}
    >
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="submit"
          name="locale"
          value={choice.value}
          lang={choice.value}
          aria-pressed={locale === choice.value}
          className="rounded px-2 py-1 text-stone-600 hover:bg-stone-100 aria-pressed:font-semibold aria-pressed:text-stone-900"
        >
          {choice.label}
        </button>
      ))}
    </form>
  );
}
