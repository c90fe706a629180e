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

// Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux Node supports.
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux). Divided by the
 * requests served it gives CPU per request, which other load on the machine disturbs far less
 * than throughput.
 */
export function readCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
