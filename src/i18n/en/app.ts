/**
 * English, the source of every translation: the interface strings. `{name}` marks a value filled in by
 * `format()`; a plural is an object of CLDR categories (`one`, `other`, and `zero`, `two`, `few`, `many`
 * where a language needs them). The health content is in ./clinical.ts.
 */
import type { Region, Side } from '../../domain/episode';
import type { StorageProblem } from '../../domain/record';

export const app = {
  appName: 'Crampnote',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    home: 'Log',
    history: 'History',
    guide: 'Guide',
    patterns: 'Patterns',
    settings: 'Settings',
    emergency: 'Emergency signs',
    about: 'About',
  },
  home: {
    title: 'Tonight',
    logCramp: 'Log a cramp',
    /** On the button while a tap made before the app started is being saved. */
    saving: 'Saving…',
    logHint: 'One tap saves the time. Add details now or in the morning.',
    noCramp: 'No cramp last night',
    noCrampSaved: 'Saved: no cramp on the night of {night}.',
    checkInTonight: 'Tonight\'s check-in',
    editCheckInTonight: 'Change tonight\'s check-in',
    checkInDoneTonight: 'Tonight\'s check-in is saved.',
    checkInLastNight: 'Check-in for last night',
    editCheckInLastNight: 'Change last night\'s check-in',
    checkInDoneLastNight: 'Last night\'s check-in is saved.',
    addDetails: 'Add details to the {time} cramp',
    lastNightCramps: { one: 'Last night: {count} cramp logged.', other: 'Last night: {count} cramps logged.' },
    locked: 'The diary is locked. Cramps you log are saved, encrypted, and show when you unlock.',
    unlock: 'Unlock the diary',
    installIos: 'Install Crampnote first',
    installIosSteps: 'In Safari, tap Share, then Add to Home Screen. Open Crampnote from the home screen before your first log: Safari and the home-screen app keep separate diaries.',
    installIosDismiss: 'Got it',
    installPrompt: 'Install Crampnote on this device',
    installNotNow: 'Not now',
  },
  episode: {
    title: 'Cramp details',
    savedAt: 'Saved. Started {time} on the night of {night}.',
    timerRunning: 'Going on for {time}',
    timerStop: 'The cramp is over',
    timerRecorded: 'Recorded: it lasted about {minutes} min. You can change it below.',
    timerUnderMinute: 'Recorded: it lasted under a minute. You can change it below.',
    loggedLater: 'Time corrected after logging.',
    notFound: 'This cramp is no longer in your diary.',
    chosenSites: 'Chosen: {places}',
    noSites: 'No place chosen yet.',
    deleted: 'Cramp deleted.',
  },
  regions: {
    toes: 'toes', ball: 'ball of foot', arch: 'arch or sole', heel: 'heel', top: 'top of foot',
    ankle: 'ankle', calf: 'calf', shin: 'shin', thigh: 'thigh',
  } satisfies Record<Region, string>,
  sides: { left: 'Left', right: 'Right' } satisfies Record<Side, string>,
  /** One place on one leg: "Left calf". */
  site: '{side} {region}',
  /** The sides inside a sentence: "most cramps were in the left calf". */
  sidesInText: { left: 'left', right: 'right' } satisfies Record<Side, string>,
  bothSides: 'both sides',
  undo: 'Undo',
  dismiss: 'Dismiss',
  emergency: {
    title: 'Emergency signs',
    intro: 'Call {number} now if you have:',
    signs: [
      'A leg or foot that suddenly turned cold, pale or blue, or went numb or weak',
      'Breathlessness, chest pain, or coughing up blood',
    ],
    urgentTitle: 'Get seen today if you have:',
    urgent: [
      'One calf that is swollen, warm, red or tender',
      'A cramp lasting over 10 minutes that stretching does not ease',
      'A recent dirty wound, or contact with a toxin',
      'Diabetes with an infected foot sore, a fever, or a red, hot, swollen foot',
    ],
    call: 'Call {number}',
    numberNote: 'You can change the emergency number in Settings.',
    disclaimer: 'This app cannot rule these out. When in doubt, get checked.',
  },
  learn: {
    title: 'Learn',
    intro: 'What is known about night cramps, and how sure we are of it.',
    about: 'About Crampnote',
  },


  data: {
    title: 'Your data',
    link: 'Your data: export, import, report',
    reminder: 'Your diary lives only on this phone. It is a good time to export a copy.',
    reminderAction: 'Export now',
  },
  field: {
    leaveUnsaved: 'Something you typed here is not saved yet. It is kept on this device. Leave this screen anyway?',
  },
  problems: {
    quota: 'Your device is out of storage space, so the last change was not saved. Free some space, then try again. Everything saved before is safe.',
    unavailable: 'Crampnote cannot use storage in this browser window, so nothing can be saved. Private browsing or blocked site data can cause this. Open Crampnote in a normal window.',
    'newer-version': 'A newer version of Crampnote is open in another tab. Reload this page to use it. Nothing has been changed.',
    'closed-by-upgrade': 'Crampnote was updated in another tab. Reload this page to go on. Your diary is safe.',
    'deleted-elsewhere': 'Your diary was deleted in another tab. Reload this page to start a new, empty diary.',
    blocked: 'Crampnote is open in another tab with an older version. Close that tab to finish updating.',
    locked: 'The diary is locked, so this change was not saved. Unlock it, then try again. Nothing was changed.',
    unknown: 'Something went wrong while saving, so the last change was not saved. Everything saved before is safe.',
    invalid: 'That value is not possible here, so it was not saved.',
    screenFailed: 'This screen could not be shown. Your diary is safe: everything saved is still there. Try another screen, or reload.',
    futureTime: 'That time is in the future, so it was not saved.',
    reload: 'Reload',
  } satisfies Record<StorageProblem | 'invalid' | 'futureTime' | 'reload' | 'screenFailed', string>,
} as const;
