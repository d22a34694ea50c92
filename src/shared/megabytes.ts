/** A byte count as people read sizes in messages: "2.0 MB" (or "100 MB" with `digits` 0). */
export const megabytes = (bytes: number, digits = 1): string =>
  `${(bytes / 1024 / 1024).toFixed(digits)} MB`;

/** An exact byte count, for limits a file can miss by one byte: "20,971,521 bytes". */
export const exactBytes = (bytes: number): string => `${bytes.toLocaleString('en-US')} bytes`;
