/**
 * `switchboard task …` — the inbox from a terminal, over HTTP like the web app (server/src/cli/TASK-CLI.md).
 * Authenticates with SWITCHBOARD_TOKEN (a personal access token) and/or acts as `--as <user>`; the server accepts
 * `--as` only in embedded dev mode or with an admin's token and audits every use.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTRPCClient, httpLink } from '@trpc/client';
import { z } from 'zod';
import type { AppRouter } from '../../router/index.ts';
import { ACT_AS_HEADER } from '../../router/inbox/procedure.ts';
import { describeApiError } from '../api-client.ts';
import { env } from '../../env.ts';

const USAGE = `Usage:
  switchboard task list [--json] [--scope all|mine|groups] [--overdue] [--flow <key>] [--text <t>] [--status open|closed|any] [--limit <n>] [--as <user>]
  switchboard task decide <taskId> --outcome <o> [--comment <text>] [--form <file.json>] [--request-id <id>] [--as <user>]

Talks to SWITCHBOARD_URL (default http://127.0.0.1:3000) with SWITCHBOARD_TOKEN when set.
--as <user> acts as that user: accepted only by an embedded dev server (npm start) or with an admin's token.
Exit codes: 0 ok, 1 refused by the server, 2 usage error or unreadable file.`;

const common = { as: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function client(options: { url?: string; as?: string }) {
  const e = env();
  const headers: Record<string, string> = { 'x-switchboard-csrf': 'cli' };
  if (e.SWITCHBOARD_TOKEN) headers.authorization = `Bearer ${e.SWITCHBOARD_TOKEN}`;
  if (options.as) headers[ACT_AS_HEADER] = options.as;
  const url = `${(options.url ?? e.SWITCHBOARD_URL).replace(/\/$/, '')}/trpc`;
  return createTRPCClient<AppRouter>({ links: [httpLink({ url, headers })] });
}

function printUsage(): number {
  process.stdout.write(`${USAGE}\n`);
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`switchboard task: ${message}\n\n${USAGE}\n`);
  return 2;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...common, json: { type: 'boolean' }, scope: { type: 'string' }, overdue: { type: 'boolean' }, flow: { type: 'string' }, text: { type: 'string' }, status: { type: 'string' }, limit: { type: 'string' } },
  });
  if (values.help) return printUsage();
  const input = z
    .object({ scope: z.enum(['all', 'mine', 'groups']).optional(), status: z.enum(['open', 'closed', 'any']).optional(), limit: z.coerce.number().int().min(1).max(100).optional() })
    .safeParse({ scope: values.scope, status: values.status, limit: values.limit });
  if (!input.success) return usageError(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const page = await client(values).inbox.list.query({
    ...input.data,
    ...(values.overdue ? { overdue: true } : {}),
    ...(values.flow ? { flowKey: values.flow } : {}),
    ...(values.text ? { text: values.text } : {}),
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    return 0;
  }
  const { counts } = page;
  process.stdout.write(`${counts.all} open (mine ${counts.mine}, my groups ${counts.groups}, overdue ${counts.overdue})\n`);
  for (const t of page.items) {
    const due = t.dueAt ? `${t.overdue ? 'OVERDUE ' : 'due '}${t.dueAt}` : 'no due time';
    process.stdout.write(`${t.id}\t${t.title}\t[${t.outcomes.join('|')}]\t${due}\n`);
  }
  return 0;
}

function readForm(path: string): Record<string, unknown> | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `--form: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const form = z.record(z.string(), z.unknown()).safeParse(JSON.parse(text));
    return form.success ? form.data : `--form: ${path} must hold a JSON object`;
  } catch (error) {
    return `--form: ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function decide(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, outcome: { type: 'string' }, comment: { type: 'string' }, form: { type: 'string' }, 'request-id': { type: 'string' }, json: { type: 'boolean' } },
  });
  if (values.help) return printUsage();
  const [taskId, ...extra] = positionals;
  if (!taskId || extra.length) return usageError('decide needs exactly one <taskId>');
  if (!values.outcome) return usageError('--outcome is required');
  const form = values.form === undefined ? undefined : readForm(values.form);
  if (typeof form === 'string') return usageError(form);
  const result = await client(values).inbox.decide.mutate({
    taskId,
    outcome: values.outcome,
    requestId: values['request-id'] ?? `cli-${randomUUID()}`,
    ...(values.comment ? { comment: values.comment } : {}),
    ...(form ? { form } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${result.taskId}: ${result.status}${result.outcome ? ` (${result.outcome})` : ''}${result.approvals !== undefined ? `, approvals ${result.approvals}` : ''}\n`);
  return 0;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'list') return await list(rest);
    if (command === 'decide') return await decide(rest);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return usageError(error.message);
    process.stderr.write(`switchboard task ${command}: ${describeApiError(error)}\n`);
    return 1;
  }
  return usageError(`unknown command "${command}"`);
}
