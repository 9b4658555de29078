/**
 * `npm run bench`: every benchmark of the repo, one section each, figures printed (medians, ratios against a
 * baseline measured in the same run). Benchmarks never fail the build: a section that cannot run says why.
 * `npm run bench -- compile messages` runs only the named sections.
 */
import { startTemporal, type TTemporalServer } from './temporal-dev-server.ts';

type TSection = { name: string; needsTemporal: boolean; load: () => Promise<() => Promise<string[]>> };

const sections: TSection[] = [
  { name: 'compile', needsTemporal: false, load: async () => (await import('../flows/bench/compile.bench.ts')).runCompileBench },
  { name: 'messages', needsTemporal: false, load: async () => (await import('../flows/bench/eval-messages.ts')).runMessageEval },
  { name: 'interpreter', needsTemporal: true, load: async () => (await import('../worker/bench/interpreter.bench.ts')).runInterpreterBench },
  { name: 'campaign', needsTemporal: true, load: async () => (await import('../worker/bench/campaign.bench.ts')).runCampaignBench },
  { name: 'inbox', needsTemporal: false, load: async () => (await import('../server/bench/inbox.bench.ts')).runInboxBench },
  { name: 'editor', needsTemporal: true, load: async () => (await import('../web/bench/editor.bench.ts')).runEditorBench },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const chosen = wanted.length ? sections.filter((s) => wanted.includes(s.name)) : sections;
  let temporal: TTemporalServer | null = null;
  try {
    for (const section of chosen) {
      console.log(`\n## ${section.name}`);
      try {
        if (section.needsTemporal && !temporal && !process.env.TEMPORAL_ADDRESS) {
          temporal = await startTemporal({ dataDir: null, uiPort: null });
          process.env.TEMPORAL_ADDRESS = temporal.address;
        }
        const run = await section.load();
        for (const line of await run()) console.log(line);
      } catch (error) {
        console.log(`(not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      }
    }
  } finally {
    await temporal?.stop();
  }
}

await main();
process.exit(0);
