CREATE TABLE "disclosure_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disclosure_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"record_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" text NOT NULL,
	"document_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"party_name" text NOT NULL,
	"party_kind" text NOT NULL,
	"credit_code" text,
	"category" text NOT NULL,
	"violation" text NOT NULL,
	"basis" text NOT NULL,
	"content" text NOT NULL,
	"fine_fen" bigint,
	"confiscation_fen" bigint,
	"summary" text DEFAULT '' NOT NULL,
	"severity" text DEFAULT 'general' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"due_on" date NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"withdrawal_due_on" date,
	"display_ends_on" date,
	"display_min_ends_on" date,
	"removed_at" timestamp with time zone,
	"removal_reason" text,
	"search_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector",
	"event_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_record_kind_check" CHECK ("disclosure_record"."kind" in ('penalty','licence','coercion','inspection','other')),
	CONSTRAINT "disclosure_record_party_kind_check" CHECK ("disclosure_record"."party_kind" in ('person','organization')),
	CONSTRAINT "disclosure_record_severity_check" CHECK ("disclosure_record"."severity" in ('minor','general','serious')),
	CONSTRAINT "disclosure_record_status_check" CHECK ("disclosure_record"."status" in ('draft','approved','published','withdrawn','expired','removed')),
	CONSTRAINT "disclosure_record_money_check" CHECK (coalesce("disclosure_record"."fine_fen", 0) >= 0 and coalesce("disclosure_record"."confiscation_fen", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "disclosure_statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
ALTER TABLE "disclosure_event" ADD CONSTRAINT "disclosure_event_record_id_disclosure_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."disclosure_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_event" ADD CONSTRAINT "disclosure_event_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_record" ADD CONSTRAINT "disclosure_record_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_record" ADD CONSTRAINT "disclosure_record_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_record" ADD CONSTRAINT "disclosure_record_approved_by_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_statistics" ADD CONSTRAINT "disclosure_statistics_published_by_account_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_event_record_seq_uq" ON "disclosure_event" USING btree ("record_id","seq");--> statement-breakpoint
CREATE INDEX "disclosure_record_status_idx" ON "disclosure_record" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "disclosure_record_agency_idx" ON "disclosure_record" USING btree ("agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "disclosure_record_case_idx" ON "disclosure_record" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "disclosure_statistics_year_idx" ON "disclosure_statistics" USING btree ("year","published_at");