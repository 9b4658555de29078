export * from './schema.ts';
export { createDb, DatabaseUnavailableError, type TDb, type TDbHandle, type TCreateDbOptions } from './db.ts';
