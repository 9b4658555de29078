/** The channel profiles (ids, versions, thresholds) the rules apply, so editors can show what a text is held to. */
import { DEFAULT_PROFILES, RULE_SET_VERSION, ZChannelProfile } from '@switchboard/flows';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const profiles = authedProcedure
  .output(z.object({ ruleSetVersion: z.string(), profiles: z.array(ZChannelProfile) }))
  .query(() => ({ ruleSetVersion: RULE_SET_VERSION, profiles: Object.values(DEFAULT_PROFILES) }));
