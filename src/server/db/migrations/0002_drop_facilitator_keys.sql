ALTER TABLE "workshops" DROP CONSTRAINT "workshops_facilitator_key_hash_unique";--> statement-breakpoint
ALTER TABLE "workshops" DROP COLUMN "facilitator_key_hash";