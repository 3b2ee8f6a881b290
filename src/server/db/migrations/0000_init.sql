CREATE TABLE "command_results" (
	"key" text PRIMARY KEY NOT NULL,
	"workshop_id" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" text PRIMARY KEY NOT NULL,
	"workshop_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"votes_used" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "workshop_events" (
	"workshop_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "workshop_events_workshop_id_seq_pk" PRIMARY KEY("workshop_id","seq")
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" text PRIMARY KEY NOT NULL,
	"join_code" text NOT NULL,
	"title" text NOT NULL,
	"template_id" text NOT NULL,
	"locale" text NOT NULL,
	"facilitator_key_hash" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"organisation_id" text,
	"project_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshops_join_code_unique" UNIQUE("join_code"),
	CONSTRAINT "workshops_facilitator_key_hash_unique" UNIQUE("facilitator_key_hash")
);
--> statement-breakpoint
ALTER TABLE "command_results" ADD CONSTRAINT "command_results_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_events" ADD CONSTRAINT "workshop_events_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "command_results_workshop_idx" ON "command_results" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "participants_workshop_idx" ON "participants" USING btree ("workshop_id");