import type { Messages } from "../da";

const validation: Messages["validation"] = {
  required: "Required.",
  tooLong: "At most {max} characters.",
  tooShort: "At least {min} characters.",
  email: "Enter a valid email address, e.g. name@school.dk.",
  date: "Enter a valid date.",
  dateInFuture: "The date cannot be in the future.",
  number: "Enter a number.",
  integerRange: "Must be a whole number from {min} to {max}.",
  choose: "Choose an option.",
  chooseAtLeastOne: "Choose at least one.",
  invalid: "Invalid value.",
  phone: "Enter a phone number with 8 digits, optionally with a country code.",
  password: "The password must be at least 12 characters.",
  schoolYear: "Write the school year as e.g. 2026/27.",
};

export default validation;
