/** A failure the user can act on: its message says what happened and what to do. */
export class GateError extends Error {
  /** The change's code interfered with the measurement: the step fails even with on-error: warn. */
  readonly tampering: boolean;

  constructor(
    message: string,
    /** Supporting lines shown under the message, e.g. the end of a tool's output. */
    readonly details: readonly string[] = [],
    { tampering = false }: { readonly tampering?: boolean } = {},
  ) {
    super(message);
    this.name = 'GateError';
    this.tampering = tampering;
  }
}
