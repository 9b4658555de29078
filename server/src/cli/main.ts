/**
 * `switchboard <group> <command> …` — each group lives in ./commands/<group>.ts and exports
 * `main(args): Promise<number>` returning the exit code (0 ok, 1 findings/errors, 2 usage or unreadable input).
 * Groups are imported lazily so `switchboard flow check` never loads Temporal or the database.
 */
const groups = {
  flow: { summary: 'check and compile flow documents (offline)', load: () => import('./commands/flow.ts') },
  message: { summary: 'validate a message against its offer (offline)', load: () => import('./commands/message.ts') },
  run: { summary: 'start, inspect and signal runs (needs the server)', load: () => import('./commands/run.ts') },
  task: { summary: 'list and decide review tasks (needs the server)', load: () => import('./commands/task.ts') },
  admin: { summary: 'bootstrap users and roles (needs the database)', load: () => import('./commands/admin.ts') },
  campaign: { summary: 'seed demo campaign audiences (needs the database)', load: () => import('./commands/campaign.ts') },
} as const satisfies Record<string, { summary: string; load: () => Promise<{ main: (args: string[]) => Promise<number> }> }>;

type TGroup = keyof typeof groups;

function isGroup(name: string | undefined): name is TGroup {
  return name !== undefined && Object.hasOwn(groups, name);
}

export function usage(): string {
  const lines = Object.entries(groups).map(([name, g]) => `  ${name.padEnd(9)} ${g.summary}`);
  return ['Usage: switchboard <group> <command> [options]', '', 'Groups:', ...lines, '',
    'Run `switchboard <group> --help` for the commands of a group.'].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [group, ...rest] = argv;
  if (group === undefined || group === '--help' || group === '-h' || group === 'help') {
    process.stdout.write(`${usage()}\n`);
    return group === undefined ? 2 : 0;
  }
  if (!isGroup(group)) {
    process.stderr.write(`switchboard: unknown command group "${group}"\n\n${usage()}\n`);
    return 2;
  }
  const module = await groups[group].load();
  return module.main(rest);
}
