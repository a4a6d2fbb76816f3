/**
 * Runs a command as a child process under GNU time and reports its wall time, CPU time (user + system,
 * its own children included) and peak resident memory: the figures the benchmark compares. CPU seconds
 * are steadier than wall seconds on a shared 2-core machine, so ratios are taken within one run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const TIME = '/usr/bin/time';

export interface Measured {
  wall: number;
  cpu: number;
  peakRssMb: number;
  /** What the command printed, both streams. */
  output: string;
}

export async function measure(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  if (!existsSync(TIME))
    throw new Error(`${TIME} is missing; install Debian's time package (apt-get install -y time) to run the benchmark`);
  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(TIME, ['-f', 'peak-rss-kb %M cpu-seconds %U %S', ...args], {
    ...options,
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const [, user, system] = (/cpu-seconds ([\d.]+) ([\d.]+)/.exec(stderr) ?? []).map(Number);
  const peakKb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
  return { wall, cpu: user! + system!, peakRssMb: peakKb / 1024, output: stdout + stderr };
}
