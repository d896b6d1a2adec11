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
  throttled:
    "Too many sign-in attempts. Wait a few minutes and try again. If you have forgotten your password, contact the school's administrator.",
  codeLabel: "Code from your authenticator app",
  codeHint: "Six digits. If you have lost your phone, you can use one of your recovery codes.",
  codeRequired: "Enter the code from your authenticator app to sign in.",
  codeInvalid: "The code is wrong or already used. Wait for the next code and try again.",
  secondFactorTitle: "Confirm with your code",
  secondFactorIntro:
    "You signed in through the municipality's login. Your user has two-step verification, so enter the code from your authenticator app to continue.",
  secondFactorContinue: "Continue",
  twoFactorTitle: "Two-step verification",
  twoFactorIntro:
    "With two-step verification you enter, besides your password, a code from an authenticator app on your phone (e.g. Microsoft Authenticator or Google Authenticator) when you sign in.",
  twoFactorRequired:
    "The school requires two-step verification for your role. Turn it on before you continue.",
  twoFactorEnabled: "Two-step verification is on.",
  twoFactorRecoveryLeft: "You have {count} unused recovery codes.",
  twoFactorStart: "Turn on two-step verification",
  twoFactorScan:
    "Scan the QR code with your authenticator app, or type the key into the app. The key is shown this once only.",
  twoFactorSecret: "Key",
  twoFactorConfirmLabel: "Code from the app",
  twoFactorConfirm: "Confirm and turn on",
  twoFactorConfirmFailed:
    "The code does not match. Check that your phone's clock is right and try the next code.",
  twoFactorRecoveryTitle: "Your recovery codes",
  twoFactorRecoveryIntro:
    "Keep the codes somewhere safe (e.g. printed, in a locked drawer). Each code works once if you do not have your phone. They are not shown again.",
  twoFactorContinue: "I have saved the codes — continue",
  twoFactorLostPhone:
    "If you have lost your phone and your recovery codes, the school's administrator can reset your two-step verification.",
  adminTotpTitle: "Two-step verification",
  adminTotpRequire: "Require two-step verification for roles with notes of their own",
  adminTotpRequireHint:
    "Applies to the school's trivselspersons, PPR psychologists, health nurses, family counsellors and SSP teachers. They must turn it on the next time they sign in.",
  adminTotpSaved: "The school's two-step verification rule is saved.",
  adminTotpStatusOn: "Two-step verification is on.",
  adminTotpStatusOff: "Two-step verification is off.",
  adminTotpResetIntro:
    "If the staff member has lost their phone and recovery codes, you can reset two-step verification. They turn it on again at their next sign-in.",
  adminTotpResetConfirm: "Yes, reset two-step verification",
  adminTotpReset: "Reset two-step verification",
  adminTotpResetDone: "Two-step verification has been reset.",
  qrAlt: "QR code for the authenticator app",
};

export default auth;
