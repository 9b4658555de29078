import { router } from '../../trpc.ts';
import { createToken } from './create-token.ts';
import { listTokens } from './list-tokens.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { me } from './me.ts';
import { revokeToken } from './revoke-token.ts';

export const authRouter = router({ login, logout, me, createToken, listTokens, revokeToken });
