/**
 * `switchboard message check <case.json> [--json]` (spec/message-rules.md, "Command line"). Offline: the case file
 * holds `{ "offer": {…}, "text": "…", "now"?: "…" }`. Exit codes: 0 no error finding, 1 an error finding, 2 bad input
 * (missing or unreadable file, invalid JSON, an offer field that is missing or has the wrong type — named by path).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkMessage, MessageInputError, parseMessageCase, type TCheckReport } from '@switchboard/flows/messages/index';

const USAGE = `Usage: switchboard message check <case.json> [--json]

  check <case.json>   validate the text against its offer and channel rules
      --json            print { "findings": [ { "rule", "severity", "message", "span"?, "expected"?, "found"? } ] }

The case file is { "offer": {…}, "text": "…", "now"?: "ISO time" }; an optional "previewBindings": [ {…}, … ]
(one variable map per preview recipient) turns {{name}} into template variables checked by TPL-002.
Exit codes: 0 no error finding, 1 an error finding, 2 bad input.`;

const OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check') return usageError(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) return usageError('check needs a case file');
  if (extra.length > 0) return usageError('check takes exactly one case file');
  const loaded = await loadCase(file);
  if (typeof loaded === 'string') {
    process.stderr.write(`switchboard message check: ${loaded}\n`);
    return 2;
  }
  const report = checkMessage(loaded);
  process.stdout.write(parsed.values.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatReport(report));
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`switchboard message: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** The case, or the reason it cannot be checked (naming the file or the wrong field). */
async function loadCase(file: string): Promise<ReturnType<typeof parseMessageCase> | string> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code || String(error)})`;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    return parseMessageCase(json);
  } catch (error) {
    if (!(error instanceof MessageInputError)) throw error;
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more: ${error.issues.slice(1, 4).map((i) => i.path).join(', ')})` : '';
    return `${file}: invalid case: ${error.message}${more}`;
  }
}

/** The spec's JSON shape: findings without the fix hint, plus the versions every report records. */
function toJson(report: TCheckReport): object {
  return {
    findings: report.findings.map(({ rule, severity, message, span, expected, found }) => ({ rule, severity, message, span, expected, found })),
    ruleSetVersion: report.ruleSetVersion,
    profile: report.profile,
  };
}

function formatReport(report: TCheckReport): string {
  const lines = report.findings.map((f) => {
    const where = f.span ? ` [${f.span[0]},${f.span[1]})` : '';
    const ef = f.expected !== undefined || f.found !== undefined ? `\n      expected: ${f.expected ?? '—'} · found: ${f.found ?? '—'}` : '';
    return `${f.severity.padEnd(7)} ${f.rule.padEnd(9)}${where} ${f.message}${ef}\n      fix: ${f.hint}`;
  });
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} · ${report.ruleSetVersion} · profile ${report.profile.id}@${report.profile.version}`;
  return `${[...lines, report.findings.length === 0 ? `ok: no findings · ${summary}` : summary].join('\n')}\n`;
}
