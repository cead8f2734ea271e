CREATE TABLE "review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"status" text NOT NULL,
	"round_no" integer NOT NULL,
	"round_id" uuid NOT NULL,
	"draft_version" integer NOT NULL,
	"submitted_on" date NOT NULL,
	"due_on" date NOT NULL,
	"extended" boolean DEFAULT false NOT NULL,
	"assignee_kind" text,
	"assignee_account_id" uuid,
	"assignee_name" text,
	"result" text,
	"opinion_id" uuid,
	"completed_on" date,
	"escalation" text,
	"first_submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "review_status_check" CHECK ("review"."status" in ('submitted','assigned','returned','passed')),
	CONSTRAINT "review_result_check" CHECK ("review"."result" is null or "review"."result" in ('agree','problems'))
);
--> statement-breakpoint
CREATE TABLE "review_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid,
	"catalogue" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "review_opinion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"number" text NOT NULL,
	"result" text NOT NULL,
	"reasons" text NOT NULL,
	"points" jsonb NOT NULL,
	"reviewer_kind" text NOT NULL,
	"reviewer_account_id" uuid,
	"reviewer_name" text NOT NULL,
	"written_by" uuid,
	"written_by_name" text,
	"written_at" timestamp with time zone NOT NULL,
	"written_on" date NOT NULL,
	CONSTRAINT "review_opinion_round_id_unique" UNIQUE("round_id"),
	CONSTRAINT "review_opinion_number_unique" UNIQUE("number"),
	CONSTRAINT "review_opinion_result_check" CHECK ("review_opinion"."result" in ('agree','problems')),
	CONSTRAINT "review_opinion_reviewer_kind_check" CHECK ("review_opinion"."reviewer_kind" in ('reviewer','legal-adviser','public-lawyer'))
);
--> statement-breakpoint
CREATE TABLE "review_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"round_no" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"draft_version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"snapshot_sm3" text NOT NULL,
	"prechecks" jsonb NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"coordination" jsonb,
	"due_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text,
	"payload" jsonb NOT NULL,
	CONSTRAINT "review_step_type_check" CHECK ("review_step"."type" in ('assigned','extended','escalated','coordinated'))
);
--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_unit_id_agency_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."agency_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_assignee_account_id_account_id_fk" FOREIGN KEY ("assignee_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_catalogue" ADD CONSTRAINT "review_catalogue_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_catalogue" ADD CONSTRAINT "review_catalogue_updated_by_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_opinion" ADD CONSTRAINT "review_opinion_review_id_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_opinion" ADD CONSTRAINT "review_opinion_round_id_review_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_opinion" ADD CONSTRAINT "review_opinion_reviewer_account_id_account_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_opinion" ADD CONSTRAINT "review_opinion_written_by_account_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_round" ADD CONSTRAINT "review_round_review_id_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_round" ADD CONSTRAINT "review_round_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_round" ADD CONSTRAINT "review_round_submitted_by_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_step" ADD CONSTRAINT "review_step_review_id_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_step" ADD CONSTRAINT "review_step_round_id_review_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_step" ADD CONSTRAINT "review_step_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_agency_status_idx" ON "review" USING btree ("agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "review_assignee_idx" ON "review" USING btree ("assignee_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_catalogue_agency_uq" ON "review_catalogue" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "review_opinion_reviewer_idx" ON "review_opinion" USING btree ("reviewer_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_round_review_no_uq" ON "review_round" USING btree ("review_id","round_no");--> statement-breakpoint
CREATE INDEX "review_round_case_idx" ON "review_round" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "review_step_review_idx" ON "review_step" USING btree ("review_id","at");