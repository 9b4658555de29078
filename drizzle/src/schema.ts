/**
 * The database schema. Types everywhere else are inferred from these tables; never restate them by hand.
 * Later features extend these tables through new drizzle-kit migrations (`npm run db:generate -w drizzle`).
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const ROLES = ['admin', 'designer', 'reviewer', 'operator', 'developer'] as const;
export type TRole = (typeof ROLES)[number];

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('zh-CN'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<TRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const groups = pgTable('groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
});

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: text('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);

export const sessions = pgTable('sessions', {
  /** sha-256 of the session token; the token itself lives only in the httpOnly cookie. */
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
});

/** Personal access tokens for the CLI and scripts (`Authorization: Bearer sbp_…`); only the sha-256 is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export const flows = pgTable('flows', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  /** The working copy the editor autosaves; published versions are in flow_versions. */
  draft: jsonb('draft').notNull(),
  /** Incremented on every draft save; a save that names an older revision is refused (two tabs). */
  draftRevision: integer('draft_revision').notNull().default(1),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const flowVersions = pgTable(
  'flow_versions',
  {
    flowKey: text('flow_key').notNull().references(() => flows.key),
    version: integer('version').notNull(),
    document: jsonb('document').notNull(),
    plan: jsonb('plan').notNull(),
    planHash: text('plan_hash').notNull(),
    note: text('note').notNull().default(''),
    author: text('author').notNull(),
    /** Operator overrides of parameter values for this version; the graph itself never changes. */
    paramOverrides: jsonb('param_overrides').notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.flowKey, t.version] })],
);

export const runs = pgTable(
  'runs',
  {
    /** Equals the Temporal workflow id. */
    id: text('id').primaryKey(),
    flowKey: text('flow_key').notNull(),
    version: integer('version').notNull(),
    planHash: text('plan_hash').notNull(),
    status: text('status').$type<'running' | 'completed' | 'failed' | 'cancelled' | 'terminated'>().notNull(),
    outcome: text('outcome'),
    input: jsonb('input').notNull(),
    result: jsonb('result'),
    error: text('error'),
    initiator: text('initiator').notNull(),
    parentRunId: text('parent_run_id'),
    isTest: boolean('is_test').notNull().default(false),
    /** Node ids where tokens currently are, for monitoring and the customer status page. */
    position: jsonb('position').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Message-validation reports produced by `validate` nodes, shown to later reviewers. */
    findings: jsonb('findings').notNull().default(sql`'[]'::jsonb`),
    startedAt: ts('started_at').notNull().defaultNow(),
    endedAt: ts('ended_at'),
  },
  (t) => [index('runs_flow_idx').on(t.flowKey, t.startedAt), index('runs_status_idx').on(t.status, t.startedAt)],
);

export const runEvents = pgTable(
  'run_events',
  {
    /** Deterministic id (run, node, token, sequence) so a retried projection activity writes once. */
    id: text('id').primaryKey(),
    runId: text('run_id').notNull(),
    nodeId: text('node_id'),
    type: text('type').notNull(),
    port: text('port'),
    at: ts('at').notNull(),
    durationMs: integer('duration_ms'),
    data: jsonb('data'),
  },
  (t) => [index('run_events_run_idx').on(t.runId, t.at)],
);

export const tasks = pgTable(
  'tasks',
  {
    /** Deterministic: derived from run id, node id and visit, so the projection is idempotent. */
    id: text('id').primaryKey(),
    runId: text('run_id').notNull(),
    nodeId: text('node_id').notNull(),
    flowKey: text('flow_key').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    instructions: text('instructions'),
    outcomes: jsonb('outcomes').$type<string[]>().notNull(),
    form: jsonb('form'),
    assigneeGroups: text('assignee_groups').array().notNull().default(sql`'{}'::text[]`),
    assigneeUsers: text('assignee_users').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<'open' | 'decided' | 'expired' | 'cancelled'>().notNull().default('open'),
    claimedBy: text('claimed_by'),
    quorum: integer('quorum').notNull().default(1),
    decisions: jsonb('decisions').notNull().default(sql`'[]'::jsonb`),
    outcome: text('outcome'),
    dueAt: ts('due_at'),
    context: jsonb('context'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /** Users who keep sight of the task without being assignees (a delegator keeps seeing what they delegated). */
    watchers: text('watchers').array().notNull().default(sql`'{}'::text[]`),
    claimedAt: ts('claimed_at'),
    decidedAt: ts('decided_at'),
    /** Lower-cased title + flow + instructions; the inbox text filter checks it after the bigram index narrowed. */
    searchText: text('search_text').notNull().default(''),
    /** Character bigrams of search_text: a GIN-indexable substring filter that works on PGlite (no pg_trgm) and CJK. */
    searchGrams: text('search_grams').array().notNull().default(sql`'{}'::text[]`),
    /** Everyone who sees the task as one array (`g:<group>`, `u:<user id>`), so visibility is one GIN lookup. */
    audience: text('audience').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    index('tasks_status_due_idx').on(t.status, t.dueAt),
    index('tasks_run_idx').on(t.runId),
    index('tasks_groups_idx').using('gin', t.assigneeGroups),
    index('tasks_users_idx').using('gin', t.assigneeUsers),
    index('tasks_watchers_idx').using('gin', t.watchers),
    index('tasks_search_grams_idx').using('gin', t.searchGrams),
    index('tasks_audience_idx').using('gin', t.audience),
    // The inbox's sort order over open tasks: a LIMITed page walks it and stops early instead of sorting.
    index('tasks_open_due_idx').on(sql`coalesce(${t.dueAt}, 'infinity'::timestamptz)`, t.id).where(sql`${t.status} = 'open'`),
  ],
);

/** Discussion on a task; the id comes from the client's request id so a double submit writes once. */
export const taskComments = pgTable(
  'task_comments',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id').notNull().references(() => tasks.id, { onDelete: 'cascade' }),
    author: text('author').notNull(),
    body: text('body').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId, t.at)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    reason: text('reason'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId)],
);

export const activityTypes = pgTable('activity_types', {
  type: text('type').primaryKey(),
  title: text('title').notNull(),
  description: text('description'),
  category: text('category'),
  inputSchema: jsonb('input_schema').notNull(),
  outputSchema: jsonb('output_schema').notNull(),
  taskQueue: text('task_queue').notNull(),
  workerId: text('worker_id'),
  registeredAt: ts('registered_at').notNull().defaultNow(),
});

/** Messages handed to the notify gateway; the unique idempotency key means a retry never sends twice. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    body: text('body').notNull(),
    runId: text('run_id'),
    nodeId: text('node_id'),
    status: text('status').notNull().default('queued'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('outbox_idempotency_uq').on(t.idempotencyKey)],
);

export const CAMPAIGN_STATUSES = ['draft', 'submitted', 'approved', 'sending', 'sent', 'withdrawn', 'failed'] as const;

/** An outbound campaign (domain case 2); `contentHash` covers text, offer and settings so approvals bind to it. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    ownerId: text('owner_id').notNull().references(() => users.id),
    ownerEmail: text('owner_email').notNull(),
    channel: text('channel').notNull().default('cn_sms_marketing'),
    text: text('text').notNull(),
    offer: jsonb('offer').notNull(),
    audienceId: text('audience_id').notNull(),
    sendAt: ts('send_at').notNull(),
    throughputPerSec: integer('throughput_per_sec').notNull().default(200),
    status: text('status', { enum: CAMPAIGN_STATUSES }).notNull().default('draft'),
    revision: integer('revision').notNull().default(1),
    contentHash: text('content_hash').notNull(),
    runId: text('run_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('campaigns_owner_idx').on(t.ownerId)],
);

/** Audience members, shared by campaigns through `audienceId`; paged by (audienceId, id) so a page is one index range. */
export const recipients = pgTable(
  'recipients',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    audienceId: text('audience_id').notNull(),
    phone: text('phone').notNull(),
    name: text('name').notNull().default(''),
    vars: jsonb('vars').notNull().default({}),
    optedOut: boolean('opted_out').notNull().default(false),
  },
  (t) => [index('recipients_audience_idx').on(t.audienceId, t.id), index('recipients_phone_idx').on(t.phone)],
);

/** Inbound SMS replies from the gateway's callback; the gateway's message id makes a redelivered callback harmless. */
export const campaignReplies = pgTable(
  'campaign_replies',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    gatewayMessageId: text('gateway_message_id').notNull(),
    campaignId: text('campaign_id').notNull().references(() => campaigns.id),
    phone: text('phone').notNull(),
    body: text('body').notNull(),
    kind: text('kind', { enum: ['opt_out', 'activation', 'other'] }).notNull(),
    receivedAt: ts('received_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('campaign_replies_msg_uq').on(t.gatewayMessageId), index('campaign_replies_campaign_idx').on(t.campaignId, t.kind)],
);
