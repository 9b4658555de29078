/**
 * `switchboard flow check <file>... [--json] [--catalog f]` and `switchboard flow compile <file> [--out plan.json]
 * [--catalog f]` (spec/flow-format.md, "Command line"). Offline: no server, database or Temporal.
 * Exit codes: 0 no errors, 1 a file has an error diagnostic, 2 usage error or unreadable file.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compileFlow, type TCompileResult } from '@switchboard/flows/compiler/compile';
import type { TDiagnostic } from '@switchboard/flows/catalog/types';
import { InputError, keyOf, loadLibraryFlows, loadOfflineCatalog, readFlowFile, type TFlowFile } from './flow-inputs.ts';

const USAGE = `Usage: switchboard flow <command> [options]

Commands:
  check <file>...   check flow documents; exit 0 when none has an error, 1 when one has
      --json            print { "files": [ { "file", "ok", "diagnostics": [...] } ] }
      --catalog <file>  more activity types (a JSON array of activity types)
  compile <file>    print the execution plan (or the diagnostics, exit 1)
      --out <file>      write the plan to a file instead of stdout
      --catalog <file>  more activity types

Exit codes: 0 ok, 1 errors in a flow, 2 usage error or unreadable file.`;

const OPTIONS = {
  json: { type: 'boolean' },
  catalog: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check' && command !== 'compile') return usageError(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) return usageError(`${command} needs at least one file`);
  if (command === 'compile' && positionals.length > 1) return usageError('compile takes exactly one file');
  if (command === 'check' && values.out !== undefined) return usageError('--out is an option of compile');
  if (command === 'compile' && values.json) return usageError('--json is an option of check');
  try {
    return command === 'check' ? await check(positionals, values.json === true, values.catalog) : await compile(positionals[0] ?? '', values.out, values.catalog);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`switchboard flow: ${error.message}\n`);
    return 2;
  }
}

function usageError(message: string): number {
  process.stderr.write(`switchboard flow: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** Compiles every file against the offline catalog; the named files count as known flows too. */
async function compileFiles(files: string[], catalogFile: string | undefined): Promise<Array<TFlowFile & { result: TCompileResult }>> {
  const [catalog, library, read] = await Promise.all([loadOfflineCatalog(catalogFile), loadLibraryFlows(), Promise.all(files.map(readFlowFile))]);
  const known: Record<string, unknown> = Object.fromEntries(library);
  for (const f of read) {
    const key = f.json.ok ? keyOf(f.json.value) : undefined;
    if (f.json.ok && key !== undefined) Object.defineProperty(known, key, { value: f.json.value, enumerable: true, configurable: true, writable: true });
  }
  return read.map((f) => ({
    ...f,
    result: f.json.ok
      ? compileFlow(f.json.value, { catalog, knownFlows: known })
      : { ok: false, diagnostics: [{ code: 'FORMAT_INVALID', severity: 'error', message: f.json.message, path: '' }] },
  }));
}

async function check(files: string[], json: boolean, catalogFile: string | undefined): Promise<number> {
  const results = await compileFiles(files, catalogFile);
  if (json) {
    const report = { files: results.map((r) => ({ file: r.file, ok: r.result.ok, diagnostics: r.result.diagnostics })) };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const r of results) process.stdout.write(describe(r.file, r.result.diagnostics));
  }
  return results.every((r) => r.result.ok) ? 0 : 1;
}

async function compile(file: string, out: string | undefined, catalogFile: string | undefined): Promise<number> {
  const [r] = await compileFiles([file], catalogFile);
  if (r === undefined || !r.result.ok || r.result.plan === undefined) {
    process.stderr.write(describe(file, r?.result.diagnostics ?? []));
    return 1;
  }
  const text = `${JSON.stringify(r.result.plan, null, 2)}\n`;
  if (out === undefined) process.stdout.write(text);
  else {
    try {
      await writeFile(out, text);
    } catch (error) {
      throw new InputError(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const d of r.result.diagnostics) process.stderr.write(line(file, d));
  return 0;
}

function describe(file: string, diagnostics: TDiagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const head = `${file}: ${errors === 0 ? 'ok' : 'FAILED'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n`;
  return head + diagnostics.map((d) => line(file, d)).join('');
}

function line(file: string, d: TDiagnostic): string {
  const where = [d.nodeId && `node ${d.nodeId}`, d.edgeId && `edge ${d.edgeId}`, d.path && `at ${d.path}`].filter(Boolean).join(', ');
  return `  ${d.severity} ${d.code}: ${d.message}${where ? ` (${where})` : ''}\n`;
}
