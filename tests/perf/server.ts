import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

export type Preview = { url: string; stop: () => void };

/**
 * Serves `outDir` (dist/) with `vite preview` on `port` (its own process group, so stopping it also stops the server npx
 * starts) and waits until it answers. Builds nothing: dist/ must come from `npx vite build`.
 */
export async function startPreview(port: number, outDir = 'dist'): Promise<Preview> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`perf: ${outDir}/ is missing; run \`npx vite build\` first`);
  const url = `http://127.0.0.1:${port}`;
  // Something already answering there would be measured instead of this dist/ (and our server would exit).
  if (
    await fetch(`${url}/`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`perf: port ${port} is in use; pass --port`);
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  // Neither a crash nor an interrupted run may leave a server behind in its own process group.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`perf: vite preview exited: ${stderr.trim()}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      await delay(200);
    }
  }
  stop();
  throw new Error(`perf: vite preview did not answer on ${url}`);
}
