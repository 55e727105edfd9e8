/** A failure the user can act on: its message says what happened and what to do. */
export class GateError extends Error {
  constructor(
    message: string,
    /** Supporting lines shown under the message, e.g. the end of a tool's output. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'GateError';
  }
}
