import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint config is the guard of the architecture; these cases prove each boundary really fires.
const eslint = new ESLint({ cwd: process.cwd() });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('dependency boundaries', () => {
  it.each([
    ['flows/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['flows/src/x.ts', "import { proxyActivities } from '@temporalio/workflow';\nexport const x = proxyActivities;"],
    ['flows/src/x.ts', "import { createDb } from '@switchboard/drizzle';\nexport const x = createDb;"],
    ['drizzle/src/x.ts', "import { startApp } from '@switchboard/server/app';\nexport const x = startApp;"],
    ['worker/src/x.ts', "import { appRouter } from '@switchboard/server/router/index';\nexport const x = appRouter;"],
    ['worker/src/workflows/x.ts', "import { createDb } from '@switchboard/drizzle';\nexport const x = createDb;"],
    ['worker/src/workflows/x.ts', "import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;"],
    ['web/src/x.ts', "import { startApp } from '@switchboard/server/app';\nexport const x = startApp;"],
    ['web/src/x.ts', "import { createDb } from '@switchboard/drizzle';\nexport const x = createDb;"],
  ])('refuses %s importing across the boundary', async (file, code) => {
    expect(await violations(file, code)).toHaveLength(1);
  });

  it.each([
    ['worker/src/x.ts', "import { createDb } from '@switchboard/drizzle';\nexport const x = createDb;"],
    ['server/src/x.ts', "import { compileFlow } from '@switchboard/flows';\nexport const x = compileFlow;"],
    ['web/src/x.ts', "import type { AppRouter } from '@switchboard/server/router/index';\nexport type X = AppRouter;"],
    ['flows/src/x.ts', "import { z } from 'zod';\nexport const x = z;"],
  ])('allows %s importing in the right direction', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
