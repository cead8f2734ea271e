CREATE TABLE "agency" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" text DEFAULT 'statutory' NOT NULL,
	"entrusting_agency_id" uuid,
	"credit_code" text,
	"level" text NOT NULL,
	"parent_id" uuid,
	"region_id" uuid NOT NULL,
	"field" text NOT NULL,
	"is_supervisor" boolean DEFAULT false NOT NULL,
	"address" text,
	"phone" text,
	"legal_basis" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_name_unique" UNIQUE("name"),
	CONSTRAINT "agency_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "agency_level_check" CHECK ("agency"."level" in ('province','city','county','township')),
	CONSTRAINT "agency_kind_check" CHECK ("agency"."kind" in ('statutory','authorized','entrusted')),
	CONSTRAINT "agency_entrusted_check" CHECK (("agency"."kind" = 'entrusted') = ("agency"."entrusting_agency_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "agency_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"phone" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "region_code_unique" UNIQUE("code"),
	CONSTRAINT "region_level_check" CHECK ("region"."level" in ('province','city','county','township'))
);
--> statement-breakpoint
CREATE TABLE "setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_special_day" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "calendar_special_day_kind_check" CHECK ("calendar_special_day"."kind" in ('holiday','makeup-workday'))
);
--> statement-breakpoint
CREATE TABLE "calendar_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"post" text,
	"certificate_no" text NOT NULL,
	"certificate_issuer" text NOT NULL,
	"fields" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"legal_qualification" boolean DEFAULT false NOT NULL,
	"is_legal_reviewer" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_validity_check" CHECK ("officer"."valid_from" <= "officer"."valid_to"),
	CONSTRAINT "officer_status_check" CHECK ("officer"."status" in ('active','suspended','revoked')),
	CONSTRAINT "officer_gender_check" CHECK ("officer"."gender" in ('male','female'))
);
--> statement-breakpoint
CREATE TABLE "party" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"credit_code" text,
	"id_number_cipher" "bytea",
	"id_number_digest" text,
	"id_number_masked" text,
	"birth_date" date,
	"phone_cipher" "bytea",
	"phone_masked" text,
	"address" text,
	"legal_representative" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_kind_check" CHECK ("party"."kind" in ('person','organization')),
	CONSTRAINT "party_identity_check" CHECK (("party"."kind" = 'person' and "party"."id_number_cipher" is not null) or ("party"."kind" = 'organization' and "party"."credit_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"officer_id" uuid,
	"password_hash" text NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"totp_secret_cipher" "bytea",
	"totp_enabled" boolean DEFAULT false NOT NULL,
	"totp_last_step" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_username_unique" UNIQUE("username"),
	CONSTRAINT "account_officer_id_unique" UNIQUE("officer_id"),
	CONSTRAINT "account_status_check" CHECK ("account"."status" in ('active','disabled'))
);
--> statement-breakpoint
CREATE TABLE "account_role" (
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"is_admin_role" boolean GENERATED ALWAYS AS (role in ('system_admin','security_admin','audit_admin')) STORED,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_role_account_id_role_pk" PRIMARY KEY("account_id","role"),
	CONSTRAINT "account_role_role_check" CHECK ("account_role"."role" in ('officer','unit_head','legal_reviewer','agency_head','supervisor','system_admin','security_admin','audit_admin'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"request_id" text,
	"account_id" uuid,
	"username" text,
	"agency_id" uuid,
	"roles" text,
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"result" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_digest" text NOT NULL,
	"account_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "session_token_digest_unique" UNIQUE("token_digest"),
	CONSTRAINT "session_stage_check" CHECK ("session"."stage" in ('second-factor','full'))
);
--> statement-breakpoint
ALTER TABLE "agency" ADD CONSTRAINT "agency_entrusting_agency_id_agency_id_fk" FOREIGN KEY ("entrusting_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency" ADD CONSTRAINT "agency_parent_id_agency_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency" ADD CONSTRAINT "agency_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_unit" ADD CONSTRAINT "agency_unit_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region" ADD CONSTRAINT "region_parent_id_region_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer" ADD CONSTRAINT "officer_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer" ADD CONSTRAINT "officer_unit_id_agency_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."agency_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_unit_id_agency_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."agency_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_officer_id_officer_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_role" ADD CONSTRAINT "account_role_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_region_idx" ON "agency" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "agency_unit_agency_idx" ON "agency_unit" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "officer_certificate_uq" ON "officer" USING btree ("certificate_issuer","certificate_no");--> statement-breakpoint
CREATE INDEX "officer_agency_idx" ON "officer" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_credit_code_uq" ON "party" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "party_id_digest_uq" ON "party" USING btree ("id_number_digest");--> statement-breakpoint
CREATE INDEX "account_agency_idx" ON "account" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_role_one_admin_uq" ON "account_role" USING btree ("account_id") WHERE is_admin_role;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_account_idx" ON "audit_log" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "audit_log_agency_idx" ON "audit_log" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "session_account_idx" ON "session" USING btree ("account_id");