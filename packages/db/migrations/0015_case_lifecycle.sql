CREATE TABLE "case_deadline" (
	"case_id" uuid NOT NULL,
	"key" text NOT NULL,
	"ref" text DEFAULT '' NOT NULL,
	"label" text NOT NULL,
	"basis" text NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "case_deadline_case_id_key_ref_pk" PRIMARY KEY("case_id","key","ref")
);
--> statement-breakpoint
CREATE TABLE "case_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"issued_on" date NOT NULL,
	CONSTRAINT "case_document_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "case_rule_setting" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "case_file" ADD COLUMN "item_id" uuid;--> statement-breakpoint
ALTER TABLE "case_file" ADD COLUMN "state" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_file" ADD COLUMN "decision_number" text;--> statement-breakpoint
ALTER TABLE "case_file" ADD COLUMN "decided_on" date;--> statement-breakpoint
ALTER TABLE "case_file" ADD COLUMN "fine_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_file" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "case_deadline" ADD CONSTRAINT "case_deadline_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadline" ADD CONSTRAINT "case_deadline_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_event_id_case_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."case_event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rule_setting" ADD CONSTRAINT "case_rule_setting_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rule_setting" ADD CONSTRAINT "case_rule_setting_updated_by_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_deadline_open_idx" ON "case_deadline" USING btree ("agency_id","due_on");--> statement-breakpoint
CREATE INDEX "case_document_case_idx" ON "case_document" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_item_id_enforcement_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."enforcement_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_file_agency_registered_idx" ON "case_file" USING btree ("agency_id","registered_at");--> statement-breakpoint
CREATE INDEX "case_file_item_idx" ON "case_file" USING btree ("item_id");--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_decision_number_unique" UNIQUE("decision_number");