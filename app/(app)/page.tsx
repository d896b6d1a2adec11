import { redirect } from "next/navigation";
import { homePathOf } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";

/** "/" is each role's own home. */
export default async function Home() {
  redirect(homePathOf(await requireActor()));
}
