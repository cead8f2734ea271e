CREATE TABLE "duties_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"description" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by" uuid
);
--> statement-breakpoint
CREATE TABLE "enforcement_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"procedure" text DEFAULT 'general' NOT NULL,
	"target_types" jsonb NOT NULL,
	"penalties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"legal_review" text DEFAULT 'major-only' NOT NULL,
	"time_limit" jsonb,
	"remedies" jsonb NOT NULL,
	"guide" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "enforcement_item_kind_check" CHECK ("enforcement_item"."kind" in ('licensing','penalty','coercion','expropriation','inspection','other')),
	CONSTRAINT "enforcement_item_procedure_check" CHECK ("enforcement_item"."procedure" = 'general' or ("enforcement_item"."procedure" = 'simple' and "enforcement_item"."kind" = 'penalty')),
	CONSTRAINT "enforcement_item_review_check" CHECK ("enforcement_item"."legal_review" in ('always','major-only'))
);
--> statement-breakpoint
CREATE TABLE "inspection_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"target_type" text NOT NULL,
	"population" text NOT NULL,
	"ratio_bp" integer NOT NULL,
	"period" text NOT NULL,
	"methods" jsonb NOT NULL,
	"inspecting_body" text NOT NULL,
	"note" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "inspection_item_ratio_check" CHECK ("inspection_item"."ratio_bp" > 0 and "inspection_item"."ratio_bp" <= 10000),
	CONSTRAINT "inspection_item_period_check" CHECK ("inspection_item"."period" in ('yearly','half-yearly','quarterly','monthly'))
);
--> statement-breakpoint
CREATE TABLE "item_legal_basis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enforcement_item_id" uuid,
	"inspection_item_id" uuid,
	"position" integer NOT NULL,
	"citation" text NOT NULL,
	"law_id" uuid NOT NULL,
	"law_version_id" uuid NOT NULL,
	"article" integer NOT NULL,
	"suffix" integer DEFAULT 0 NOT NULL,
	"paragraph" integer,
	"item" integer,
	CONSTRAINT "item_legal_basis_subject_check" CHECK (("item_legal_basis"."enforcement_item_id" is null) <> ("item_legal_basis"."inspection_item_id" is null))
);
--> statement-breakpoint
CREATE TABLE "review_flag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"enforcement_item_id" uuid,
	"inspection_item_id" uuid,
	"reason" text NOT NULL,
	"law_id" uuid,
	"law_version_id" uuid,
	"duties_change_id" uuid,
	"trigger_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_on" date,
	"resolved_by" uuid,
	"resolution_note" text,
	CONSTRAINT "review_flag_subject_check" CHECK ("review_flag"."subject_type" in ('enforcement-item','inspection-item','power-list','inspection-list')),
	CONSTRAINT "review_flag_reason_check" CHECK ("review_flag"."reason" in ('law-changed','duties-changed')),
	CONSTRAINT "review_flag_due_check" CHECK ("review_flag"."due_on" >= "review_flag"."trigger_on"),
	CONSTRAINT "review_flag_resolved_check" CHECK (("review_flag"."resolved_at" is null) = ("review_flag"."resolved_on" is null))
);
--> statement-breakpoint
ALTER TABLE "duties_change" ADD CONSTRAINT "duties_change_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duties_change" ADD CONSTRAINT "duties_change_declared_by_account_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_item" ADD CONSTRAINT "enforcement_item_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_item" ADD CONSTRAINT "enforcement_item_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_item" ADD CONSTRAINT "enforcement_item_updated_by_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_item" ADD CONSTRAINT "enforcement_item_withdrawn_by_account_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_item" ADD CONSTRAINT "inspection_item_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_item" ADD CONSTRAINT "inspection_item_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_item" ADD CONSTRAINT "inspection_item_updated_by_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_item" ADD CONSTRAINT "inspection_item_withdrawn_by_account_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_legal_basis" ADD CONSTRAINT "item_legal_basis_enforcement_item_id_enforcement_item_id_fk" FOREIGN KEY ("enforcement_item_id") REFERENCES "public"."enforcement_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_legal_basis" ADD CONSTRAINT "item_legal_basis_inspection_item_id_inspection_item_id_fk" FOREIGN KEY ("inspection_item_id") REFERENCES "public"."inspection_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_legal_basis" ADD CONSTRAINT "item_legal_basis_law_id_law_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."law"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_legal_basis" ADD CONSTRAINT "item_legal_basis_law_version_id_law_version_id_fk" FOREIGN KEY ("law_version_id") REFERENCES "public"."law_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_enforcement_item_id_enforcement_item_id_fk" FOREIGN KEY ("enforcement_item_id") REFERENCES "public"."enforcement_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_inspection_item_id_inspection_item_id_fk" FOREIGN KEY ("inspection_item_id") REFERENCES "public"."inspection_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_law_id_law_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."law"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_law_version_id_law_version_id_fk" FOREIGN KEY ("law_version_id") REFERENCES "public"."law_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_duties_change_id_duties_change_id_fk" FOREIGN KEY ("duties_change_id") REFERENCES "public"."duties_change"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_flag" ADD CONSTRAINT "review_flag_resolved_by_account_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duties_change_agency_idx" ON "duties_change" USING btree ("agency_id","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_item_agency_code_uq" ON "enforcement_item" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "enforcement_item_agency_idx" ON "enforcement_item" USING btree ("agency_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_item_agency_code_uq" ON "inspection_item" USING btree ("agency_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "item_legal_basis_enforcement_uq" ON "item_legal_basis" USING btree ("enforcement_item_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "item_legal_basis_inspection_uq" ON "item_legal_basis" USING btree ("inspection_item_id","position");--> statement-breakpoint
CREATE INDEX "item_legal_basis_law_idx" ON "item_legal_basis" USING btree ("law_id");--> statement-breakpoint
CREATE INDEX "review_flag_agency_idx" ON "review_flag" USING btree ("agency_id","due_on");