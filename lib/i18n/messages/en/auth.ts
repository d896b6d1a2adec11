import type { Messages } from "../da";

const auth: Messages["auth"] = {
  signInTitle: "Sign in",
  signInIntro: "Sign in with your school email and password.",
  email: "Email",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in …",
  invalidCredentials: "The email or password is incorrect.",
  signInFailed: "You could not be signed in. Please try again.",
  or: "or",
  signInWith: "Sign in with {provider}",
  sessionExpired: "You were signed out after a period of inactivity. Please sign in again.",
  selectSchoolTitle: "Choose school",
  selectSchoolIntro:
    "You work at several schools. Choose the school you want to work with now. You can switch at any time.",
  noSchoolsTitle: "No access yet",
  noSchoolsBody: "Your user is not linked to any school. Contact the school's administrator.",
  privacyNote: "Trivsel holds confidential information about children. All access is logged.",
};

export default auth;
