ALTER TABLE "tasks" ADD COLUMN "audience" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "tasks_audience_idx" ON "tasks" USING gin ("audience");--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree (coalesce("due_at", 'infinity'::timestamptz),"id") WHERE "tasks"."status" = 'open';