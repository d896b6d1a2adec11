import { addWorkingDays } from "@/lib/dates";

/** The municipality's receipt of a notification is due within 6 working days (Barnets Lov). */
export const NOTIFICATION_RECEIPT_WORKING_DAYS = 6;

export function receiptDueOn(madeOn: Date): Date {
  return addWorkingDays(madeOn, NOTIFICATION_RECEIPT_WORKING_DAYS);
}
