// What a log line may say about an error: its kind, its code and where in the code it was thrown.
// Never its message: graphql-js and the federation resolver quote client input in messages (type
// names, field names, values), and a stack begins with the message. Every part is bounded, so no
// client can make a log line large.

const IDENTIFIER = /^[A-Za-z_$][\w$.:-]{0,63}$/;
const FRAME = /^ {4}at [^\n]{1,200}$/;
const MAX_FRAMES = 8;
const MAX_CAUSES = 2;

export interface ErrorSummary {
  type: string;
  code?: string;
  /** The stack's frames (code locations), without the message line(s) before them. */
  frames?: string[];
  cause?: ErrorSummary;
}

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
}

// V8 writes `${name}: ${message}` and then one frame per line. The frames are kept only when the
// stack starts with exactly that header, so a message with line breaks cannot pass for a frame.
function framesOf(error: Error): string[] | undefined {
  const { stack } = error;
  if (typeof stack !== 'string') return undefined;
  const header = error.message === '' ? error.name : `${error.name}: ${error.message}`;
  if (!stack.startsWith(`${header}\n`)) return undefined;
  const frames = stack.slice(header.length + 1).split('\n', MAX_FRAMES);
  return frames.every((frame) => FRAME.test(frame)) ? frames : undefined;
}

/** A bounded description of any thrown value, without its message. */
export function summarizeError(error: unknown, depth = 0): ErrorSummary {
  if (!(error instanceof Error)) return { type: error === null ? 'null' : typeof error };
  const summary: ErrorSummary = { type: identifier(error.name) ?? 'Error' };
  const code = identifier((error as { code?: unknown }).code);
  if (code !== undefined) summary.code = code;
  const frames = framesOf(error);
  if (frames !== undefined) summary.frames = frames;
  // A GraphQLError wraps what a resolver threw in originalError; other errors may name a cause.
  const inner = (error as { originalError?: unknown }).originalError ?? error.cause;
  if (inner !== undefined && inner !== null && depth < MAX_CAUSES) summary.cause = summarizeError(inner, depth + 1);
  return summary;
}
