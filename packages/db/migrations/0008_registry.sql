CREATE TABLE "registry_change" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registry_change_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid,
	"reason" text,
	"before" jsonb,
	"after" jsonb NOT NULL,
	CONSTRAINT "registry_change_entity_check" CHECK ("registry_change"."entity_type" in ('agency','agency_unit','officer')),
	CONSTRAINT "registry_change_kind_check" CHECK ("registry_change"."kind" in ('create','update','suspend','reinstate','revoke'))
);
--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "id_number_cipher" "bytea";--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "id_number_digest" text;--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "id_number_masked" text;--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "phone_cipher" "bytea";--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "phone_masked" text;--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "verify_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "officer" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_change" ADD CONSTRAINT "registry_change_changed_by_account_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_change_entity_idx" ON "registry_change" USING btree ("entity_type","entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "officer_person_current_uq" ON "officer" USING btree ("id_number_digest") WHERE status <> 'revoked';--> statement-breakpoint
ALTER TABLE "officer" ADD CONSTRAINT "officer_verify_token_unique" UNIQUE("verify_token");