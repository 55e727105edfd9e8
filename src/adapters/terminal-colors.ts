import { styleText } from 'node:util';
import { type Paint, PLAIN } from '../core/render/terminal-paint.js';

/** A stream the command writes to: a terminal says so, and how many colours it shows. */
export interface ColourStream {
  readonly isTTY?: boolean;
  hasColors?(count: number, env: NodeJS.ProcessEnv): boolean;
}

/**
 * Colours for a stream: only a terminal that shows them (Node's hasColors: NO_COLOR, FORCE_COLOR, a dumb
 * TERM), and never with --no-color. Anything else gets not one escape code.
 */
export function paintFor(stream: ColourStream, noColor: boolean, env: NodeJS.ProcessEnv): Paint {
  if (noColor || stream.isTTY !== true || stream.hasColors?.(16, env) !== true) return PLAIN;
  const style =
    (format: Parameters<typeof styleText>[0]) =>
    (text: string): string =>
      styleText(format, text, { validateStream: false });
  return { bold: style('bold'), dim: style('dim'), red: style('red'), green: style('green'), yellow: style('yellow') };
}
