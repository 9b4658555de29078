/**
 * Log lines for start-up and serving, filtered by LOG_LEVEL. A line may start with `[debug]`, `[warn]` or
 * `[error]`; anything else is info. The Temporal SDK's own logs (worker state changes, …) are internals, so
 * they show from `warn` up unless LOG_LEVEL=debug.
 */
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { TEnv } from './env.ts';

type TLevel = TEnv['LOG_LEVEL'];
const ORDER: Record<TLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

function levelOf(line: string): TLevel {
  const match = /^\[(debug|warn|error)\]/.exec(line);
  return match?.[1] === 'debug' || match?.[1] === 'warn' || match?.[1] === 'error' ? match[1] : 'info';
}

export function createLineLogger(level: TLevel): (line: string) => void {
  return (line) => {
    const lineLevel = levelOf(line);
    if (ORDER[lineLevel] < ORDER[level]) return;
    if (lineLevel === 'warn' || lineLevel === 'error') console.error(line);
    else console.log(line);
  };
}

/** Must run before any worker or native connection is created (Temporal allows one install per process). */
export function installTemporalLogging(level: TLevel): void {
  const sdkLevel = level === 'debug' ? 'DEBUG' : level === 'error' || level === 'silent' ? 'ERROR' : 'WARN';
  // shutdownSignals: [] — our entry points own Ctrl-C and stop workers, HTTP, database and Temporal in order.
  Runtime.install({ logger: new DefaultLogger(sdkLevel), shutdownSignals: [] });
}
