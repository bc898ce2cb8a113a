/** English messages of the session screen (voting, reveal, rounds, decisions). */
export const sessionMessages = {} as const;
