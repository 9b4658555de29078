import { router } from '../../trpc.ts';
import { acknowledge } from './acknowledge.ts';
import { acknowledgements } from './acknowledgements.ts';
import { check } from './check.ts';
import { profiles } from './profiles.ts';

export const messagesRouter = router({ check, profiles, acknowledge, acknowledgements });
