-- OFFA store: what a reviewer's confirmation of a POSSIBLE candidate changed, so that it can be undone exactly
-- (issue 10, item 1; subgraphs/offa/identity/review). Confirming merges the two learners: the younger learner's
-- links move to the older one (the survivor keeps its OFFA id), the younger one stays as a tombstone pointing to
-- the survivor (its pseudonyms stay with it, so a search by its national number still finds the person).

-- The learner this one was merged into by a confirmed candidate; null for a live learner. A tombstone has no links.
ALTER TABLE offa.learner ADD COLUMN merged_into text REFERENCES offa.learner (id);

-- Set exactly when a confirmation moved links: { survivor, absorbed, links: [{ provider, providerLearnerId,
-- matchQuality }] }, each link with the quality it had before, restored by an undo. Null when pending, rejected,
-- or when both records were already one learner's.
ALTER TABLE offa.identity_candidate ADD COLUMN merge jsonb;
