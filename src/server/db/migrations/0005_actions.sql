CREATE TABLE "action_revisions" (
	"organisation_id" text NOT NULL,
	"project_id" text NOT NULL,
	"action_id" text NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"deleted" boolean NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" text,
	"workshop_id" text,
	CONSTRAINT "action_revisions_project_id_action_id_version_pk" PRIMARY KEY("project_id","action_id","version")
);
--> statement-breakpoint
CREATE TABLE "project_actions" (
	"organisation_id" text NOT NULL,
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"workshop_id" text,
	"what" text NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"who" text DEFAULT '' NOT NULL,
	"responsible_user_id" text,
	"due" date,
	"follow_up" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"scope" text NOT NULL,
	"upward_to" text,
	"trait_id" text,
	"version" integer NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_actions_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
ALTER TABLE "action_revisions" ADD CONSTRAINT "action_revisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_revisions" ADD CONSTRAINT "action_revisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_revisions" ADD CONSTRAINT "action_revisions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_revisions" ADD CONSTRAINT "action_revisions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_actions" ADD CONSTRAINT "project_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_actions" ADD CONSTRAINT "project_actions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_actions" ADD CONSTRAINT "project_actions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_actions" ADD CONSTRAINT "project_actions_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_actions_organisation_idx" ON "project_actions" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "project_actions_responsible_idx" ON "project_actions" USING btree ("responsible_user_id");--> statement-breakpoint
-- Actions decided before the action plan existed live only in their workshops' event logs: each
-- action's latest event becomes its row (unless it was deleted), with a first revision. A date an
-- older client let through that is not a real day is left out rather than failing the migration.
CREATE FUNCTION pg_temp.kompas_date(t text) RETURNS date AS $$
BEGIN
  RETURN t::date;
EXCEPTION WHEN others THEN
  RETURN NULL;
END
$$ LANGUAGE plpgsql;--> statement-breakpoint
INSERT INTO "project_actions" ("organisation_id", "project_id", "id", "workshop_id", "what", "problem", "who", "due", "follow_up", "status", "scope", "upward_to", "trait_id", "version", "created_at", "updated_at")
SELECT w."organisation_id", w."project_id", latest.action->>'id', w."id", latest.action->>'what',
  coalesce(latest.action->>'problem', ''), coalesce(latest.action->>'who', ''), pg_temp.kompas_date(latest.action->>'due'),
  coalesce(latest.action->>'followUp', ''), latest.action->>'status', coalesce(latest.action->>'scope', 'ours'),
  latest.action->>'upwardTo', latest.action->>'traitId', 1,
  to_timestamp((latest.action->>'createdAt')::double precision / 1000), latest."at"
FROM (
  SELECT DISTINCT ON (e."workshop_id", coalesce(e."data"->'action'->>'id', e."data"->>'actionId'))
    e."workshop_id", e."type", e."data"->'action' AS action, e."at"
  FROM "workshop_events" e
  WHERE e."type" IN ('action.added', 'action.updated', 'action.deleted')
  ORDER BY e."workshop_id", coalesce(e."data"->'action'->>'id', e."data"->>'actionId'), e."seq" DESC
) latest
JOIN "workshops" w ON w."id" = latest."workshop_id"
WHERE latest."type" <> 'action.deleted'
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "action_revisions" ("organisation_id", "project_id", "action_id", "version", "data", "deleted", "comment", "at", "workshop_id")
SELECT a."organisation_id", a."project_id", a."id", 1,
  jsonb_build_object('what', a."what", 'problem', a."problem", 'who', a."who", 'responsibleUserId', NULL, 'due', a."due"::text,
    'followUp', a."follow_up", 'status', a."status", 'scope', a."scope", 'upwardTo', a."upward_to", 'traitId', a."trait_id"),
  false, '', a."updated_at", a."workshop_id"
FROM "project_actions" a;
--> statement-breakpoint
DROP FUNCTION pg_temp.kompas_date(text);
