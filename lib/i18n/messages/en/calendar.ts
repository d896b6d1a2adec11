import type { Messages } from "../da";

const calendar: Messages["calendar"] = {
  title: "Holidays and days off",
  intro:
    "The school's holidays and days off from the municipality's holiday plan. The absence rules and absence rates count school days: weekdays without public holidays and without the days the school is closed. Trivsel knows the public holidays itself.",
  schoolYear: "School year {schoolYear}",
  tableCaption: "Holidays and days off, school year {schoolYear}",
  schoolDays: "{count} school days",
  current: "this school year",
  empty: "No holidays or days off recorded for {schoolYear}.",
  emptyHint:
    "Without holidays, the absence rules count the holiday weeks as school days without absence: after the summer holiday a pupil with much absence can drop off the worklist.",
  typicalPlan: "Insert the usual holiday plan for {schoolYear}",
  typicalPlanHint:
    "Autumn break (week 42), Christmas, winter break (week 7), Easter, the day after Ascension Day, Constitution Day and the summer holiday. Then correct the dates to the municipality's own plan.",
  typicalPlanAdded: "{count} holidays and days off inserted for {schoolYear}.",
  name: "Name",
  from: "From",
  to: "To (inclusive)",
  days: "School days",
  add: "Add holiday or day off",
  addTitle: "New holiday or day off",
  namePlaceholder: "E.g. Autumn break",
  added: "{name} has been added.",
  remove: "Delete",
  removed: "The holiday has been deleted.",
  publicHolidays: "Public holidays in the school year",
  publicHolidaysHint: "Public holidays are always days off and need not be recorded.",
  publicHolidayNames: {
    newYearsDay: "New Year's Day",
    maundyThursday: "Maundy Thursday",
    goodFriday: "Good Friday",
    easterSunday: "Easter Sunday",
    easterMonday: "Easter Monday",
    greatPrayerDay: "Great Prayer Day",
    ascensionDay: "Ascension Day",
    whitSunday: "Whit Sunday",
    whitMonday: "Whit Monday",
    christmasDay: "Christmas Day",
    boxingDay: "Boxing Day",
  },
  errors: {
    endsBeforeItBegins: "The end date is before the start date.",
    tooLong: "A holiday can last a year at most.",
    overlaps:
      "The period overlaps {name}, which is already in the calendar. Delete it first, or choose other dates.",
    planExists:
      "The school already has holidays in {schoolYear}. Add the missing ones one at a time, or delete them first.",
  },
};

export default calendar;
