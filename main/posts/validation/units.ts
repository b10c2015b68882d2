/**
 * Units for the rules tables. Sizes are binary: Meta's own error text says "8 MiB" (platform-apis.md
 * 5.2 [S49]) and TikTok's chunk rules are binary megabytes in working clients (6.2 [S82]), so a
 * limit written "8 MB" in the reference is read as 8 MiB.
 */
export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
