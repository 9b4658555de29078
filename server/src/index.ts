/** The server package's entry points for other workspaces and tools (the web app imports only types). */
export { startApp, type TApp, type TStartAppOptions } from './app.ts';
export type { AppRouter } from './router/index.ts';
export { AppError, APP_ERROR_CODES, type TAppErrorCode } from './errors.ts';
