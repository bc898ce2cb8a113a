/** English messages for a vote that could not be recorded (a full disk, a failing database). */
export const captureMessages = {
  'session.grid.notRecorded': 'Not recorded',
  'session.capture.notRecorded': 'Your vote was not recorded. Choose again, or call the facilitator.',
} as const;
