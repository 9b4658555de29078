/**
 * Writes a finished run's history as proto JSON (the format `Worker.runReplayHistories` reads) with the Temporal
 * CLI, which is always present where the dev server runs. Used by scenario tests when RECORD_HISTORIES=1.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findTemporalCli } from '../../scripts/temporal-dev-server.ts';
import { temporalAddress } from './env.ts';

export const recording = process.env.RECORD_HISTORIES === '1';

export function recordHistory(workflowId: string, name: string): void {
  const cli = findTemporalCli();
  if (!cli) throw new Error('RECORD_HISTORIES=1 needs the Temporal CLI (see scripts/temporal-dev-server.ts)');
  const shown = spawnSync(cli.path, ['workflow', 'show', '--workflow-id', workflowId, '--address', temporalAddress(), '--output', 'json'], { encoding: 'utf8' });
  if (shown.status !== 0) throw new Error(`temporal workflow show failed: ${shown.stderr}`);
  writeFileSync(fileURLToPath(new URL(`./histories/${name}.json`, import.meta.url)), shown.stdout);
}
