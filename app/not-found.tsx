import { Link } from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-xl px-6 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-stone-600">{t("common.notFoundBody")}</p>
      <Link href="/" className="text-brand-700 mt-6 inline-block underline">
        {t("common.goHome")}
      </Link>
    </div>
  );
}
