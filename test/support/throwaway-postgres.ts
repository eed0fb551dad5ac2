import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server of its own for tests that stop and restart the database (outage tests):
 * initdb into a temporary folder, served on a free port of 127.0.0.1 with trust auth, using
 * the machine's PostgreSQL binaries. Stopping it harms nothing else. initdb refuses to run as
 * root, so under root every command runs as the `postgres` OS user, owner of the folder.
 */
export type ThrowawayPostgres = {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  start: () => void;
  /** Fast shutdown: open connections are closed, as when a server goes down. */
  stop: () => void;
  restart: () => void;
  /** Stops the server (if running) and deletes its folder. Safe to call more than once. */
  dispose: () => void;
};

export function postgresBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  for (const version of ['17', '16', '15']) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (fs.existsSync(path.join(dir, 'initdb'))) return dir;
  }
  throw new Error(
    'No PostgreSQL binaries found: install PostgreSQL 15+ or set PG_BIN_DIR to the folder holding initdb and pg_ctl.',
  );
}

function run(command: string, args: string[], asPostgres: boolean) {
  const [file, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const asPostgres = process.getuid?.() === 0;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-pg-'));
  const data = path.join(folder, 'data');
  if (asPostgres) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid))
      throw new Error('Running as root needs a `postgres` OS user to run PostgreSQL.');
    fs.chownSync(folder, uid, gid);
  }
  let running = false;
  let disposed = false;
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', data, ...args], asPostgres);
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    process.removeListener('exit', dispose);
    try {
      if (running) pgCtl('-m', 'immediate', '-w', 'stop');
    } catch {
      // Already stopped.
    }
    running = false;
    fs.rmSync(folder, { recursive: true, force: true });
  };
  // Never leave a server or a folder behind, even when the test process ends abruptly.
  process.on('exit', dispose);

  try {
    run(
      path.join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
      asPostgres,
    );
    let port = 0;
    const startOn = (candidate: number) =>
      pgCtl(
        '-l',
        path.join(folder, 'server.log'),
        '-o',
        `-p ${candidate} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
        '-w',
        '-t',
        '60',
        'start',
      );
    // Another process may take the free port between the check and the start: try a few.
    for (let attempt = 0; ; attempt++) {
      const candidate = await freePort();
      try {
        startOn(candidate);
        port = candidate;
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    running = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      start: () => {
        startOn(port);
        running = true;
      },
      stop: () => {
        pgCtl('-m', 'fast', '-w', 'stop');
        running = false;
      },
      restart: () => {
        if (running) pgCtl('-m', 'fast', '-w', 'stop');
        startOn(port);
        running = true;
      },
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}
