ALTER TABLE "registry_change" DROP CONSTRAINT "registry_change_entity_check";--> statement-breakpoint
ALTER TABLE "registry_change" DROP CONSTRAINT "registry_change_kind_check";--> statement-breakpoint
ALTER TABLE "registry_change" ADD CONSTRAINT "registry_change_entity_check" CHECK ("registry_change"."entity_type" in ('agency','agency_unit','officer','enforcement_item','inspection_item'));--> statement-breakpoint
ALTER TABLE "registry_change" ADD CONSTRAINT "registry_change_kind_check" CHECK ("registry_change"."kind" in ('create','update','suspend','reinstate','revoke','withdraw'));