import { router } from '../../trpc.ts';
import { createToken } from './create-token.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { me } from './me.ts';

export const authRouter = router({ login, logout, me, createToken });
