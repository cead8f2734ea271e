CREATE TABLE "law" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"issuer" text,
	"is_seed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_title_unique" UNIQUE("title"),
	CONSTRAINT "law_kind_check" CHECK ("law"."kind" in ('law','regulation','rule','local-regulation','normative'))
);
--> statement-breakpoint
CREATE TABLE "law_article" (
	"version_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"suffix" integer DEFAULT 0 NOT NULL,
	"chapter_number" integer,
	"chapter_title" text,
	"section_number" integer,
	"section_title" text,
	"text" text NOT NULL,
	"paragraphs" jsonb NOT NULL,
	CONSTRAINT "law_article_version_id_number_suffix_pk" PRIMARY KEY("version_id","number","suffix"),
	CONSTRAINT "law_article_number_check" CHECK ("law_article"."number" >= 1 and "law_article"."suffix" >= 0)
);
--> statement-breakpoint
CREATE TABLE "law_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"law_id" uuid NOT NULL,
	"adopted_on" date NOT NULL,
	"effective_on" date NOT NULL,
	"repealed_on" date,
	"preamble" jsonb NOT NULL,
	"source_text" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" uuid,
	CONSTRAINT "law_version_effective_check" CHECK ("law_version"."effective_on" >= "law_version"."adopted_on"),
	CONSTRAINT "law_version_repealed_check" CHECK ("law_version"."repealed_on" is null or "law_version"."repealed_on" > "law_version"."effective_on")
);
--> statement-breakpoint
ALTER TABLE "law_article" ADD CONSTRAINT "law_article_version_id_law_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."law_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_version" ADD CONSTRAINT "law_version_law_id_law_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."law"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_version" ADD CONSTRAINT "law_version_imported_by_account_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "law_version_law_adopted_uq" ON "law_version" USING btree ("law_id","adopted_on");