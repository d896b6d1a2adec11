import type { Messages } from "../da";

const common: Messages["common"] = {
  appName: "Trivsel",
  tagline: "The school's wellbeing work in one place",
  save: "Save",
  saving: "Saving …",
  cancel: "Cancel",
  back: "Back",
  edit: "Edit",
  create: "Create",
  delete: "Delete",
  remove: "Remove",
  search: "Search",
  filter: "Filter",
  clearFilter: "Reset",
  yes: "Yes",
  no: "No",
  active: "Active",
  inactive: "Inactive",
  status: "Status",
  actions: "Actions",
  optional: "optional",
  required: "required",
  saved: "Saved.",
  created: "Created.",
  none: "None",
  unknown: "Unknown",
  previous: "Previous",
  next: "Next",
  pageOf: "Page {page} of {pages}",
  showing: "Showing {from}–{to} of {total}",
  skipToContent: "Skip to content",
  language: "Language",
  languageDanish: "Dansk",
  languageEnglish: "English",
  signedInAs: "Signed in as {name}",
  signOut: "Sign out",
  switchSchool: "Switch school",
  mainNavigation: "Main menu",
  openMenu: "Open menu",
  closeMenu: "Close menu",
  errors: {
    forbidden: "You do not have access to this. The attempt has been logged.",
    stale:
      "Someone changed the same record meanwhile. Reload the page and review their changes before saving.",
    notFound: "It does not exist, or you do not have access to it.",
    unexpected:
      "Something went wrong. Try again shortly — if it persists, contact the school's administrator.",
    signedOut:
      "You were signed out after a while without activity. Nothing has been saved yet, but what you wrote is still here.",
    fixFields: "Correct the highlighted fields.",
  },
  notFoundTitle: "Page not found",
  notFoundBody: "The page does not exist, or you do not have access to it.",
  goHome: "Go to the front page",
  errorTitle: "An error occurred",
  signInInNewTab: "Sign in in a new tab",
  signedOutThen: ", then press the button here again.",
  session: {
    ending:
      "You will be signed out at {time}, since nothing has been saved and no page opened for a while.",
    endingForGood:
      "You will be signed out at {time}, since you have been signed in for a long time. Save what you are working on, and sign in again.",
    stay: "Stay signed in",
    ended:
      "You have been signed out. What you wrote on the page has not been saved, but is still there.",
    endedThen: ", then save here again.",
  },
  errorReference: "Error code for the administrator: {digest}",
  tryAgain: "Try again",
};

export default common;
