/** English messages of the workshop setup screen. */
export const setupMessages = {} as const;
