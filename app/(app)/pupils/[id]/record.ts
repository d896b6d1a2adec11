import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** A domain "not found" (or out of scope) becomes the page's 404. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}
