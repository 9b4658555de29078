CREATE TABLE "campaign_replies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gateway_message_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"phone" text NOT NULL,
	"body" text NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"owner_id" text NOT NULL,
	"owner_email" text NOT NULL,
	"channel" text DEFAULT 'cn_sms_marketing' NOT NULL,
	"text" text NOT NULL,
	"offer" jsonb NOT NULL,
	"audience_id" text NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"throughput_per_sec" integer DEFAULT 200 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"content_hash" text NOT NULL,
	"run_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recipients" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"audience_id" text NOT NULL,
	"phone" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"vars" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opted_out" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_replies" ADD CONSTRAINT "campaign_replies_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_replies_msg_uq" ON "campaign_replies" USING btree ("gateway_message_id");--> statement-breakpoint
CREATE INDEX "campaign_replies_campaign_idx" ON "campaign_replies" USING btree ("campaign_id","kind");--> statement-breakpoint
CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "recipients_audience_idx" ON "recipients" USING btree ("audience_id","id");--> statement-breakpoint
CREATE INDEX "recipients_phone_idx" ON "recipients" USING btree ("phone");