import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` },
    description: t("common.tagline"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Every page's client components share `common`; a part of the app adds its own. */}
        <ClientMessages namespaces={["common"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
