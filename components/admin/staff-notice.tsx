import type { ReactNode } from "react";
import { Notice } from "@/components/ui/layout";

/** The outcome of a step that ended in a redirect, announced to screen readers on arrival. */
export function StaffNotice({ children }: { children: ReactNode }) {
  return (
    <div className="mb-6">
      <Notice role="status">{children}</Notice>
    </div>
  );
}
