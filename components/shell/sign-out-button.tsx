"use client";

import { signOut } from "@/components/auth/auth-client";
import { useT } from "@/components/i18n-provider";

export function SignOutButton() {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => void signOut("/login")}
      className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100"
    >
      {t("common.signOut")}
    </button>
  );
}
