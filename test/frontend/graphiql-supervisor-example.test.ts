import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUPERVISOR_EXAMPLE } from '../../src/graphiql.ts';
import { useStack } from '../support/stack.ts';

// GraphiQL's supervisor tab, run as a user runs it: each operation in order, on a fresh emulator.
const stack = useStack();

describe("GraphiQL's supervisor flow", () => {
  it('monitors the seeded call, then starts, suspends and resumes its recording', async () => {
    stack.emulator.resetStore();
    const names = parse(SUPERVISOR_EXAMPLE).definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    expect(names).toEqual(['Monitor', 'StartRecording', 'SuspendRecording', 'ResumeRecording']);
    const answers: unknown[] = [];
    for (const operationName of names) {
      const response = await stack.post({ query: SUPERVISOR_EXAMPLE, operationName });
      const body = (await response.json()) as { data?: Record<string, { __typename: string }>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      answers.push(Object.values(body.data ?? {})[0]?.__typename);
    }
    expect(answers).toEqual([
      'MonitorContactSuccess',
      'StartContactRecordingSuccess',
      'SuspendContactRecordingSuccess',
      'ResumeContactRecordingSuccess',
    ]);
  });
});
