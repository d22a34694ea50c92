/** A byte count as people read sizes in messages: "2.0 MB" (or "100 MB" with `digits` 0). */
export const megabytes = (bytes: number, digits = 1): string => `${(bytes / 1024 / 1024).toFixed(digits)} MB`;
