/**
 * Runs a command as a child process and reports its wall time, CPU time (user + system) and peak resident
 * memory, counting every process it starts: the figures the benchmark compares. CPU seconds are steadier
 * than wall seconds on a shared 2-core machine, so ratios are taken within one run.
 *
 * Why it reads /proc rather than asking GNU time: time only counts descendants that their parents wait
 * for, and Pagefind's `close()` kills its indexer without waiting, so the indexer (most of the floor's
 * work, and gigabytes at 50,000 codes) went uncounted. Here the whole process tree is sampled every 100 ms:
 * peak memory is the largest sum of the tree's resident sets at one moment, and CPU is the sum of each
 * process's last-seen user + system time. A process loses at most its last 100 ms, the same for the build
 * and the floor.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  wall: number;
  cpu: number;
  peakRssMb: number;
  /** What the command printed, both streams. */
  output: string;
}

const SAMPLE_MS = 100;
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const PAGE_BYTES = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));

export async function measure(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const [command, ...rest] = args;
  const started = performance.now();
  const child = spawn(command!, rest, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));

  const tree = new TreeUsage(child.pid!);
  const sampler = setInterval(() => tree.sample(), SAMPLE_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  }).finally(() => clearInterval(sampler));
  const wall = (performance.now() - started) / 1000;
  const output = Buffer.concat(chunks).toString('utf8');
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`);
  return { wall, cpu: tree.cpuSeconds(), peakRssMb: tree.peakRssBytes / 1024 / 1024, output };
}

/** The CPU and memory of one process and all its descendants, from /proc. */
class TreeUsage {
  /** Last-seen CPU ticks per process, keyed by pid and start time so a reused pid is a new process. */
  private readonly ticks = new Map<string, number>();
  private readonly root: number;
  peakRssBytes = 0;

  constructor(root: number) {
    this.root = root;
  }

  sample() {
    let rss = 0;
    const queue = [this.root];
    for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
      const entry = readProcess(pid);
      if (!entry) continue;
      rss += entry.rssPages * PAGE_BYTES;
      this.ticks.set(`${pid}@${entry.startTime}`, entry.cpuTicks);
      queue.push(...entry.children);
    }
    this.peakRssBytes = Math.max(this.peakRssBytes, rss);
  }

  cpuSeconds() {
    let ticks = 0;
    for (const value of this.ticks.values()) ticks += value;
    return ticks / TICKS_PER_SECOND;
  }
}

interface ProcessStat {
  startTime: string;
  cpuTicks: number;
  rssPages: number;
  children: number[];
}

/** One process's figures, or undefined once it has exited. Only the tree is read, not all of /proc. */
function readProcess(pid: number): ProcessStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces; every field after it is space-separated,
    // starting at field 3 of proc(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // A child is listed under the thread that started it.
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return { cpuTicks: Number(fields[11]) + Number(fields[12]), startTime: fields[19]!, rssPages: Number(fields[21]), children };
  } catch {
    return undefined; // it exited while being read
  }
}
