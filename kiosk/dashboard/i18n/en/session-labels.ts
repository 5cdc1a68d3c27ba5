// The words of sign-in, first run, the account menu and the navigation, in English (kiosk/dashboard/session-labels.ts is the Italian original).
import type { PAGE_LABELS as ItalianPages, SESSION_LABELS as Italian, SETUP_STEP_LABELS as ItalianSteps } from '../../session-labels';
import type { Translation } from '../translation';

export const SESSION_LABELS: Translation<typeof Italian> = {
  signInTitle: 'Sign in to the dashboard',
  email: 'E-mail',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  wrongCredentials: 'Wrong e-mail or password.',
  disabled: 'This account is disabled: ask an administrator.',
  lockedOut: (minutes: number) =>
    `Too many failed attempts for this e-mail: try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}, or ask an administrator to set a new password.`,
  rateLimited: (minutes: number) => `Too many attempts from this computer: try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
  sessionEnded: 'The session has ended (it expired or was closed from another device): sign in again to carry on where you were.',
  signedOut: 'You have signed out of the dashboard.',
  signedOutEverywhere: 'You have signed out of every device.',
  setupTitle: 'Create the installation admin',
  setupIntro:
    'Nobody is registered on this collector yet. Whoever fills in this form becomes the installation admin: they can create the administrations, offices, terminals and the other people. The form works only once.',
  setupCode: 'Set-up code',
  setupCodeHint: 'The collector prints it when it starts with nobody signed up («Set-up code»): in the window it runs in, or in the service\'s log (journalctl -u gradimento). Only whoever reads it can create the admin.',
  name: 'Full name',
  newPassword: 'New password',
  confirmPassword: 'Repeat the password',
  passwordHint: (min: number) => `At least ${min} characters; a long phrase is safer and easier to remember.`,
  passwordTooShort: (min: number) => `The password must have at least ${min} characters.`,
  passwordsDiffer: 'The two passwords do not match.',
  createAdmin: 'Create and sign in',
  setupDone: 'The installation already has an admin: sign in with their credentials.',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  savePassword: 'Save the new password',
  passwordChanged: 'Password changed. The other sessions open with your account have been closed.',
  cancel: 'Cancel',
  signOut: 'Sign out',
  signOutEverywhere: 'Sign out of every device',
  signOutEverywhereHint: 'Also ends the session on the other computers and browsers where you have signed in.',
  signedInAs: 'Signed in as',
  navigation: 'Dashboard sections',
  navigationMenu: 'Menu',
  skipToContent: 'Skip to content',
  checkingSession: 'Checking your sign-in…',
  setupStepsTitle: 'First steps',
  setupStepsIntro: 'Four steps before citizens can give the first vote. Each one ticks itself off when done.',
  setupStepsCount: (done: number, of: number) => `(${done} of ${of} done)`,
  setupStepsShow: 'The steps',
  setupStepDone: 'done',
  setupStepToDo: 'to do',
  loadingPage: 'Loading the page…',
  pageLoadFailed: 'Could not load the page: check the connection and try again.',
};

/** The first-run checklist: what to do, and why, in the order it has to be done. */
export const SETUP_STEP_LABELS: Translation<typeof ItalianSteps> = {
  administration: { title: 'Create the administration', hint: 'the municipality or public body whose offices collect the votes.' },
  office: { title: 'Add an office', hint: 'with its address and opening hours.' },
  services: { title: 'List the services', hint: 'those offered to the public, with the service charter’s standard if there is one.' },
  terminal: { title: 'Create and pair a terminal', hint: 'the tablet or totem on which citizens vote.' },
};

export const PAGE_LABELS: Translation<typeof ItalianPages> = {
  report: 'Report',
  emails: 'My e-mails',
  alerts: 'Alerts',
  'people-served': 'People served',
  offices: 'Offices',
  services: 'Services',
  reasons: 'Reasons',
  terminals: 'Terminals',
  channels: 'Channels',
  people: 'People',
  'api-keys': 'API keys',
  'public-page': 'Public page',
  deliveries: 'Deliveries',
  audit: 'Audit log',
  administrations: 'Administrations',
};
