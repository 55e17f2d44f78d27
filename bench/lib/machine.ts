// What the figures were taken on, and how busy the machine was meanwhile: other engineers' builds and
// tests share this machine, so every section records how much CPU the rest of the machine used.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  os: string;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function machineInfo(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: keep os.cpus()'s model
  }
  let chromium = 'not found';
  try {
    // Debian's wrapper script may complain on stderr; the version is on stdout.
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as not found
  }
  let os = `${process.platform} ${process.arch}`;
  try {
    os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // keep platform and arch
  }
  return { cpu, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium, os };
}

/** CPU seconds used by the whole machine (all cores, busy time) from /proc/stat; null off Linux. */
function machineBusySeconds(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return (total - idle) / 100; // USER_HZ
  } catch {
    return null;
  }
}

/** CPU seconds used so far by this process's descendants that are still running (Chromium, builds). */
export function descendantsCpuSeconds(): number {
  return treeCpuSeconds(process.pid, false);
}

export interface Load {
  wallSeconds: number;
  /** Mean number of cores kept busy by everything on the machine during the section. */
  machineBusyCores: number | null;
  /** Of which this benchmark (this process and its children still running at the end). */
  benchBusyCores: number;
  /** Everything else: other engineers' work. */
  otherBusyCores: number | null;
  loadAverageStart: number;
  loadAverageEnd: number;
}

/** Starts watching the machine's load; call the returned function when the section ends. */
export function watchLoad(): (extraChildSeconds?: number) => Load {
  const t0 = performance.now();
  const busy0 = machineBusySeconds();
  const own0 = process.cpuUsage();
  const children0 = descendantsCpuSeconds();
  const load0 = loadavg()[0];
  /** `extraChildSeconds`: CPU of children that already ended (Chromium closed before the section ended). */
  return (extraChildSeconds = 0) => {
    const wall = (performance.now() - t0) / 1000;
    const busy1 = machineBusySeconds();
    const own = process.cpuUsage(own0);
    const bench = (own.user + own.system) / 1e6 + Math.max(0, descendantsCpuSeconds() - children0) + extraChildSeconds;
    const machine = busy0 !== null && busy1 !== null ? (busy1 - busy0) / wall : null;
    const r = (x: number) => Math.round(x * 100) / 100;
    return {
      wallSeconds: r(wall),
      machineBusyCores: machine === null ? null : r(machine),
      benchBusyCores: r(bench / wall),
      otherBusyCores: machine === null ? null : r(Math.max(0, machine - bench / wall)),
      loadAverageStart: r(load0),
      loadAverageEnd: r(loadavg()[0]),
    };
  };
}

/** Memory of one process, in bytes: proportional set size (shared pages split among their users) and resident set. */
export interface ProcessMemory {
  pid: number;
  pss: number;
  rss: number;
}

/**
 * The memory of this benchmark's Chromium extension process: the renderer that holds the extension's
 * own pages, the engine's offscreen document and the service worker. Null off Linux or if there is none.
 */
export function extensionProcessMemory(): ProcessMemory | null {
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!cmdline.includes('--type=renderer') || !cmdline.includes('--extension-process') || !isDescendant(Number(name))) continue;
      const rollup = readFileSync(`/proc/${name}/smaps_rollup`, 'utf8');
      const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN) * 1024;
      return { pid: Number(name), pss: kB('Pss'), rss: kB('Rss') };
    }
  } catch {
    // not Linux, or /proc unreadable
  }
  return null;
}

function isDescendant(pid: number): boolean {
  for (let up = pid, hops = 0; up > 1 && hops < 20; hops++) {
    if (up === process.pid) return true;
    try {
      const stat = readFileSync(`/proc/${up}/stat`, 'utf8');
      up = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return false;
    }
  }
  return false;
}

/** One process of a browser: its kind (Chromium's --type, "browser" for the main one), memory, and whether it is an extension's. */
export interface BrowserProcess extends ProcessMemory {
  type: string;
  extension: boolean;
  /**
   * Its private memory (Private_Clean + Private_Dirty, the unique set size), in bytes. Unlike PSS it
   * does not depend on how many other processes of the machine map the same pages: PSS charges each
   * process a share of Chromium's code and of the pages a renderer still shares with the zygote it was
   * forked from, so it moves when other browsers start or stop, even with nothing else changed.
   */
  uss: number;
}

/**
 * Every process of the browser started as `rootPid` (itself and its descendants), with its PSS from
 * /proc/<pid>/smaps_rollup. Chromium runs an extension's service worker and pages (the engine's
 * offscreen document, the popup) in a renderer started with --extension-process. Empty off Linux.
 */
export function browserProcesses(rootPid: number): BrowserProcess[] {
  const out: BrowserProcess[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return out;
  }
  const parents = new Map<number, number>();
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // ended meanwhile
    }
  }
  const descends = (pid: number) => {
    for (let up = pid, hops = 0; up > 1 && hops < 20; up = parents.get(up) ?? 0, hops++) if (up === rootPid) return true;
    return false;
  };
  for (const [pid] of parents) {
    if (!descends(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
      out.push({ pid, type: /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser', extension: cmdline.includes('--extension-process'), pss: kB('Pss'), rss: kB('Rss'), uss: kB('Private_Clean') + kB('Private_Dirty') });
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return out;
}

/** CPU seconds used so far by `rootPid` (unless `includeRoot` is false) and its descendants still running. */
export function treeCpuSeconds(rootPid: number, includeRoot = true): number {
  const stats = new Map<number, { ppid: number; cpu: number }>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        stats.set(Number(name), { ppid: Number(rest[1]), cpu: (Number(rest[11]) + Number(rest[12])) / 100 });
      } catch {
        // ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  let sum = 0;
  for (const [pid, p] of stats) {
    if (pid === rootPid && !includeRoot) continue;
    for (let up = pid, hops = 0; up > 1 && hops < 20; up = stats.get(up)?.ppid ?? 0, hops++) {
      if (up === rootPid) {
        sum += p.cpu;
        break;
      }
    }
  }
  return sum;
}
