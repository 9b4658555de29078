/** Test databases for server suites: see drizzle/src/test-database.ts. */
export { createTestDatabase, type TTestDatabase } from '@switchboard/drizzle/test-database';
