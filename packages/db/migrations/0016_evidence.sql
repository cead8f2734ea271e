CREATE TABLE "evidence_custody_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_custody_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"evidence_id" uuid,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text,
	"basis" text,
	"purpose" text,
	"ref_event_id" bigint,
	"subject_account_id" uuid,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sm3" text NOT NULL,
	"sha256" text NOT NULL,
	"collected_at" timestamp with time zone,
	"collected_by_name" text,
	"collected_place" text,
	"latitude" double precision,
	"longitude" double precision,
	"method" text,
	"device_id" text,
	"restricted" boolean DEFAULT false NOT NULL,
	"ingested_at" timestamp with time zone NOT NULL,
	"ingested_by_account_id" uuid,
	"retention_class" text NOT NULL,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"deletion_queued_on" date,
	"media_state" text DEFAULT 'none' NOT NULL,
	"duration_ms" integer,
	"poster_sm3" text
);
--> statement-breakpoint
CREATE TABLE "evidence_upload" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"length" bigint NOT NULL,
	"meta" jsonb NOT NULL,
	"status" text NOT NULL,
	"media_type" text,
	"evidence_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_custody_event" ADD CONSTRAINT "evidence_custody_event_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_custody_event" ADD CONSTRAINT "evidence_custody_event_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_custody_event" ADD CONSTRAINT "evidence_custody_event_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_custody_event" ADD CONSTRAINT "evidence_custody_event_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_custody_event" ADD CONSTRAINT "evidence_custody_event_subject_account_id_account_id_fk" FOREIGN KEY ("subject_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_ingested_by_account_id_account_id_fk" FOREIGN KEY ("ingested_by_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_upload" ADD CONSTRAINT "evidence_upload_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_upload" ADD CONSTRAINT "evidence_upload_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_upload" ADD CONSTRAINT "evidence_upload_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_custody_item_idx" ON "evidence_custody_event" USING btree ("evidence_id","id");--> statement-breakpoint
CREATE INDEX "evidence_custody_case_idx" ON "evidence_custody_event" USING btree ("case_id","actor_account_id","type");--> statement-breakpoint
CREATE INDEX "evidence_custody_agency_type_idx" ON "evidence_custody_event" USING btree ("agency_id","type","at");--> statement-breakpoint
CREATE INDEX "evidence_item_case_idx" ON "evidence_item" USING btree ("case_id","ingested_at");--> statement-breakpoint
CREATE INDEX "evidence_item_sm3_idx" ON "evidence_item" USING btree ("sm3");--> statement-breakpoint
CREATE INDEX "evidence_upload_account_idx" ON "evidence_upload" USING btree ("account_id","status");