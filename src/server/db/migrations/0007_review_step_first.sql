-- Every template now opens with a review step, so each step of a workshop made before it moved one
-- place on. Such a workshop is known by its log: it has no review.loaded event (every workshop
-- created since loads its review list when it is created). Its step changes are renumbered so that
-- it stands on the same step as before; notes, votes and headcounts name steps by id and need nothing.
UPDATE "workshop_events" AS e
SET "data" = jsonb_set(e."data", '{stepIndex}', to_jsonb((e."data"->>'stepIndex')::int + 1))
WHERE e."type" = 'step.changed'
  AND NOT EXISTS (
    SELECT 1 FROM "workshop_events" AS r WHERE r."workshop_id" = e."workshop_id" AND r."type" = 'review.loaded'
  );
