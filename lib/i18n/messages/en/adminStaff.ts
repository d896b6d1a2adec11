import type { Messages } from "../da";

const adminStaff: Messages["adminStaff"] = {
  title: "Staff",
  intro:
    "The school's staff and their roles here. The roles decide what each person can see and do at the school.",
  caption: "The school's staff",
  empty: "The school has no staff yet.",
  newStaff: "New staff member",
  newStaffIntro:
    "Create a staff member at {school}. If the person already has a user — e.g. a PPR psychologist who also works at another school — enter the email address of that user. The existing user then gets the roles here.",
  name: "Name",
  email: "Email",
  emailHint: "Used to sign in.",
  emailManagedElsewhereHint:
    "Can only be changed by someone who is administrator at all of the staff member's schools.",
  roles: "Roles",
  rolesAt: "Roles at {school}",
  rolesHint:
    "Choose at least one. A staff member can hold several roles, e.g. both SSP teacher and wellbeing coordinator.",
  ownAdminHint: "You cannot remove your own administrator role.",
  classes: "Classes",
  classesLegend: "Teaches",
  classesHint:
    "The teacher can raise concerns about the pupils of these classes and is listed as the class's teacher.",
  classesNeedTeacherHint:
    "Classes can only be chosen for staff with the Teacher role. Give the role above first.",
  noClasses: "The school has no active classes.",
  inactiveClass: "{name} (inactive)",
  status: "Status",
  deactivated: "Deactivated",
  you: "you",
  otherSchoolsOne: "Also has roles at one other school.",
  otherSchoolsMany: "Also has roles at {count} other schools.",
  managedElsewhereNotice:
    "{name} also has roles at schools where you are not administrator. Email, password and deactivation can therefore only be changed by someone who is administrator at all of them. You can change the roles and classes here, and you can remove {name} from this school.",
  details: "Details",
  createButton: "Create staff member",
  password: "Password",
  newPassword: "New password",
  passwordRepeat: "Repeat the password",
  passwordHint: "At least {min} characters. Give it to the staff member in a safe way.",
  passwordCreateHint:
    "Leave blank if the staff member signs in with the municipality's login. Otherwise at least {min} characters.",
  signsInWithPassword: "Signs in with a password.",
  signsInWithProvider: "Has no password and signs in with the municipality's login.",
  setPassword: "Set password",
  passwordManagedElsewhere:
    "The password can only be changed by someone who is administrator at all of the staff member's schools.",
  remove: "Remove from school",
  removeIntro:
    "Removes the roles and classes of {name} at {school}. The account and any roles at other schools are kept, and what {name} has written stays with the school.",
  removeConfirm: "Yes, remove {name} from {school}",
  cannotRemoveSelfHint: "You cannot remove yourself from the school.",
  account: "Account",
  accountActive: "The account is active.",
  accountDeactivatedOn: "The account was deactivated on {date}.",
  deactivateIntro:
    "A deactivated account cannot sign in at any school. It takes effect at once — also if the staff member is signed in now.",
  deactivateConfirm: "Yes, deactivate the account",
  deactivate: "Deactivate account",
  reactivateIntro:
    "Once the account is reactivated, the staff member can sign in again with their roles.",
  reactivateConfirm: "Yes, reactivate the account",
  reactivate: "Reactivate account",
  cannotDeactivateSelfHint: "You cannot deactivate your own account.",
  accountManagedElsewhere:
    "The account can only be deactivated by someone who is administrator at all of the staff member's schools. You can remove the staff member from this school instead.",
  created: "The staff member has been created.",
  addedExisting:
    "A user with that email address already existed. The user has been given the roles at this school; their name and password are unchanged.",
  addedExistingInactive:
    "A user with that email address already existed. The user has been given the roles at this school; their name and password are unchanged. The account is deactivated, so the user cannot sign in until it is reactivated.",
  updated: "The details have been saved.",
  rolesSaved: "The roles have been saved.",
  classesSaved: "The classes have been saved.",
  passwordSaved: "The password has been changed.",
  removed: "The staff member has been removed from the school.",
  deactivatedMessage: "The account has been deactivated.",
  reactivatedMessage: "The account has been reactivated.",
  chooseRole: "Choose at least one role.",
  passwordTooShort: "The password must be at least {min} characters.",
  passwordMismatch: "The two passwords are not the same.",
  confirmRequired: "Tick the box to confirm.",
  emailTaken: "A user with that email address already exists.",
  managedElsewhere:
    "The user also has roles at schools where you are not administrator. Only someone who is administrator at all of the user's schools can change this.",
  cannotRemoveOwnAdmin:
    "You cannot remove your own administrator role — you could no longer administer the school. Ask another administrator.",
  cannotRemoveSelf: "You cannot remove yourself from the school. Ask another administrator.",
  cannotDeactivateSelf: "You cannot deactivate your own account. Ask another administrator.",
  classesNeedTeacher: "The staff member needs the Teacher role to have classes.",
};

export default adminStaff;
