import { addWorkingDays } from "@/lib/calendar/public-holidays";

/**
 * The municipality's receipt of a notification is due within 6 working days (Barnets Lov):
 * weekends and public holidays are not working days.
 */
export const NOTIFICATION_RECEIPT_WORKING_DAYS = 6;

export function receiptDueOn(madeOn: Date): Date {
  return addWorkingDays(madeOn, NOTIFICATION_RECEIPT_WORKING_DAYS);
}
