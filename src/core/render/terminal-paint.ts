/** The styles of the terminal report; the command passes real colours only to a terminal that wants them. */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
}

const asIs = (text: string): string => text;

/** No escape codes at all: for a pipe, a file, NO_COLOR or --no-color. */
export const PLAIN: Paint = Object.freeze({ bold: asIs, dim: asIs, red: asIs, green: asIs, yellow: asIs });

/**
 * What the change's code and names may hold that a terminal would obey (escape sequences, carriage
 * returns that overwrite the verdict): shown as visible escapes, never passed through.
 */
export function printable(text: string): string {
  return text.replaceAll(/(?!\t)\p{Cc}/gu, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
