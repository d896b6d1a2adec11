import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/layout";
import { can, type Actor } from "@/lib/auth/policy";
import { countPendingEmergencyReviews } from "@/lib/emergency-access/review";
import type { Translate } from "@/lib/i18n";

/**
 * The leadership is told of every emergency access: on their home (dashboard, worklist) until a
 * leader has reviewed it. Names no pupil, so it needs no audit row.
 */
export async function EmergencyReviewNotice({ actor, t }: { actor: Actor; t: Translate }) {
  if (!can(actor, "emergency-access:review")) return null;
  const count = await countPendingEmergencyReviews(actor);
  if (count === 0) return null;
  return (
    <div className="mb-4" data-testid="emergency-review-notice">
      <Notice tone="warning" role="status">
        <span className="font-medium">
          {count === 1
            ? t("emergencyAccess.notice.one")
            : t("emergencyAccess.notice.many", { count })}
        </span>{" "}
        <Link href="/emergency-access" className="underline">
          {t("emergencyAccess.notice.link")}
        </Link>
      </Notice>
    </div>
  );
}
