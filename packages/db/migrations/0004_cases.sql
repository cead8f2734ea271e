CREATE TABLE "case_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text,
	"place" text,
	"payload" jsonb NOT NULL,
	"corrects_event_id" bigint
);
--> statement-breakpoint
CREATE TABLE "case_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"clue_number" text NOT NULL,
	"case_number" text,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"procedure" text DEFAULT 'general' NOT NULL,
	"source" text NOT NULL,
	"party_id" uuid,
	"occurred_on" date,
	"registered_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"event_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_file_clue_number_unique" UNIQUE("clue_number"),
	CONSTRAINT "case_file_case_number_unique" UNIQUE("case_number"),
	CONSTRAINT "case_file_procedure_check" CHECK ("case_file"."procedure" in ('general','simple'))
);
--> statement-breakpoint
CREATE TABLE "case_handler" (
	"case_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "case_handler_case_id_account_id_pk" PRIMARY KEY("case_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "document_sequence" (
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_sequence_agency_id_kind_year_pk" PRIMARY KEY("agency_id","kind","year")
);
--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_unit_id_agency_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."agency_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_handler" ADD CONSTRAINT "case_handler_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_handler" ADD CONSTRAINT "case_handler_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_sequence" ADD CONSTRAINT "document_sequence_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_event_case_seq_uq" ON "case_event" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_file_agency_status_idx" ON "case_file" USING btree ("agency_id","status","registered_at");--> statement-breakpoint
CREATE INDEX "case_file_unit_idx" ON "case_file" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "case_handler_account_idx" ON "case_handler" USING btree ("account_id");