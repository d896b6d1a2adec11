import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getSignedInUser, requireActor } from "@/lib/auth/session";

/**
 * The signed-in part of the app. The layout draws the shell; it is not the access check — every
 * page and server action checks on its own (layouts do not run for server actions).
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const user = await getSignedInUser();
  return (
    <AppShell actor={actor} schoolCount={user?.schools.length ?? 1}>
      {children}
    </AppShell>
  );
}
