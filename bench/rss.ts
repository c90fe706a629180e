import { readFileSync } from 'node:fs';

export interface Memory {
  /** Current resident set, MiB. */
  rssMiB: number;
  /** Peak resident set since the process started (VmHWM), MiB. */
  peakMiB: number;
}

/** Reads a process's resident memory from /proc (Linux); undefined elsewhere or once it has exited. */
export function readMemory(pid: number | undefined): Memory | undefined {
  if (pid === undefined) return undefined;
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}
