import { HolidayForm, RemoveHolidayForm, TypicalPlanForm } from "@/components/admin/holiday-forms";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getSchoolCalendar, type SchoolYearCalendar } from "@/lib/calendar/holidays";
import { todayInDenmark } from "@/lib/dates";
import { formatDate, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { addHolidayAction, addTypicalPlanAction, removeHolidayAction } from "./actions";

export const generateMetadata = titled("calendar.title");

export default async function CalendarPage() {
  const actor = await requirePermission("admin:schools");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const today = todayInDenmark();
  const years = await getSchoolCalendar(actor, today);
  const date = (iso: string) => formatDate(iso, locale);
  const period = (from: string, to: string) =>
    from === to ? date(from) : `${date(from)}–${date(to)}`;

  return (
    <>
      <PageHeader title={t("calendar.title")} intro={t("calendar.intro")} />
      <Card className="mb-8 max-w-3xl">
        <h2 className="mb-3 font-semibold text-stone-900">{t("calendar.addTitle")}</h2>
        <HolidayForm action={addHolidayAction} />
      </Card>
      <div className="space-y-10">
        {years.map((year, index) => (
          <SchoolYear
            key={year.year}
            year={year}
            current={index === 1}
            t={t}
            period={period}
            date={date}
          />
        ))}
      </div>
    </>
  );
}

function SchoolYear({
  year,
  current,
  t,
  period,
  date,
}: {
  year: SchoolYearCalendar;
  current: boolean;
  t: Translate;
  period: (from: string, to: string) => string;
  date: (iso: string) => string;
}) {
  const schoolYear = year.label;
  return (
    <section aria-labelledby={`year-${year.year}`} className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`year-${year.year}`} className="text-lg font-semibold text-stone-900">
          {t("calendar.schoolYear", { schoolYear })}
        </h2>
        {current ? <Badge>{t("calendar.current")}</Badge> : null}
        <span className="text-sm text-stone-600">
          {t("calendar.schoolDays", { count: year.schoolDays })}
        </span>
      </div>
      {year.holidays.length === 0 ? (
        <div className="max-w-3xl space-y-3">
          <Notice>
            {t("calendar.empty", { schoolYear })} {t("calendar.emptyHint")}
          </Notice>
          <TypicalPlanForm
            action={addTypicalPlanAction}
            year={year.year}
            label={t("calendar.typicalPlan", { schoolYear })}
          />
          <p className="text-xs text-stone-500">{t("calendar.typicalPlanHint")}</p>
        </div>
      ) : (
        <div className="max-w-3xl">
          <Table
            caption={t("calendar.tableCaption", { schoolYear })}
            head={[
              t("calendar.name"),
              t("calendar.from"),
              t("calendar.to"),
              t("calendar.days"),
              <span key="remove" className="sr-only">
                {t("calendar.remove")}
              </span>,
            ]}
          >
            {year.holidays.map((holiday) => (
              <tr key={holiday.id}>
                <Td className="font-medium text-stone-900">{holiday.name}</Td>
                <Td className="whitespace-nowrap">{date(holiday.from)}</Td>
                <Td className="whitespace-nowrap">{date(holiday.to)}</Td>
                <Td className="text-right tabular-nums">{holiday.schoolDays}</Td>
                <Td className="text-right">
                  <RemoveHolidayForm
                    action={removeHolidayAction}
                    holiday={holiday}
                    label={`${holiday.name}, ${period(holiday.from, holiday.to)}`}
                  />
                </Td>
              </tr>
            ))}
          </Table>
        </div>
      )}
      <details className="max-w-3xl text-sm text-stone-700">
        <summary className="cursor-pointer text-stone-800">{t("calendar.publicHolidays")}</summary>
        <p className="mt-2 text-xs text-stone-500">{t("calendar.publicHolidaysHint")}</p>
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {year.publicHolidays.map((holiday) => (
            <li key={holiday.date}>
              <span className="tabular-nums">{date(holiday.date)}</span>{" "}
              {t(`calendar.publicHolidayNames.${holiday.name}`)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
