using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneSourceForDerivedClaimColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The derived claim columns were computed by the triggers, by the import (Archive/ImportWriter.cs) and by
            // the benchmark's generator, three copies that could drift. Each rule is now one function, called by all
            // three. The functions take an array of ids so that an import or a load updates its claims in one
            // statement, and a trigger passes its one or two ids.
            //
            // The said_at rule comes in parts because claims_said_at is a BEFORE trigger: it must compute the values
            // of a row that is not in the table yet (or not yet in its new state), so it needs the first appearance
            // and the COALESCE as values, not an UPDATE. claims_refresh_first_appearance is the UPDATE built from them.
            migrationBuilder.Sql("""
                CREATE FUNCTION claims_first_appearances(ids uuid[])
                    RETURNS TABLE (claim_id uuid, article_id uuid, published_at timestamptz) LANGUAGE sql STABLE AS $$
                    SELECT DISTINCT ON (ap.claim_id) ap.claim_id, ap.article_id, ar.published_at
                      FROM claim_appearances ap JOIN articles ar ON ar.id = ap.article_id
                     WHERE ap.claim_id IN (SELECT unnest(ids))
                     ORDER BY ap.claim_id, ap.id
                $$;

                CREATE FUNCTION claims_said_at(stated_at timestamptz, first_published_at timestamptz, created_at timestamptz)
                    RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
                    SELECT COALESCE(stated_at, first_published_at, created_at)
                $$;

                CREATE FUNCTION claims_refresh_first_appearance(ids uuid[]) RETURNS void LANGUAGE sql AS $$
                    UPDATE claims c
                       SET first_article_id = f.article_id,
                           said_at = claims_said_at(c.stated_at, f.published_at, c.created_at)
                      FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)) AS t
                      LEFT JOIN claims_first_appearances(ids) AS f ON f.claim_id = t.id
                     WHERE c.id = t.id;
                $$;

                CREATE FUNCTION claims_recount(ids uuid[]) RETURNS void LANGUAGE sql AS $$
                    UPDATE claims c
                       SET dispute_count = COALESCE(k.disputes, 0),
                           support_count = COALESCE(k.supports, 0),
                           disputing_actor_count = COALESCE(k.actors, 0)
                      FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)) AS t
                      LEFT JOIN (SELECT r.target_claim_id AS id,
                                        count(*) FILTER (WHERE r.type = 'disputes') AS disputes,
                                        count(*) FILTER (WHERE r.type = 'supports') AS supports,
                                        count(DISTINCT s.actor_id) FILTER (WHERE r.type = 'disputes') AS actors
                                   FROM claim_relations r JOIN claims s ON s.id = r.source_claim_id
                                  WHERE r.target_claim_id IN (SELECT unnest(ids))
                                  GROUP BY r.target_claim_id) AS k ON k.id = t.id
                     WHERE c.id = t.id;
                $$;

                CREATE OR REPLACE FUNCTION claims_set_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    first_article uuid;
                    first_published timestamptz;
                BEGIN
                    SELECT f.article_id, f.published_at INTO first_article, first_published
                      FROM claims_first_appearances(ARRAY[NEW.id]) AS f;
                    NEW.first_article_id := first_article;
                    NEW.said_at := claims_said_at(NEW.stated_at, first_published, NEW.created_at);
                    RETURN NEW;
                END $$;

                CREATE OR REPLACE FUNCTION claim_relations_touch_target() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM claims_recount(ARRAY[NEW.target_claim_id]);
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM claims_recount(ARRAY[OLD.target_claim_id]);
                    ELSE
                        PERFORM claims_recount(ARRAY[OLD.target_claim_id, NEW.target_claim_id]);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION claims_touch_disputed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM claims_recount(ARRAY(SELECT r.target_claim_id FROM claim_relations r WHERE r.source_claim_id = NEW.id));
                    RETURN NULL;
                END $$;

                DROP FUNCTION claims_count_relations(uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The trigger functions as 20261129195653_DerivedClaimColumns left them.
            migrationBuilder.Sql("""
                CREATE FUNCTION claims_count_relations(claim uuid) RETURNS void LANGUAGE sql AS $$
                    UPDATE claims c
                       SET dispute_count = (SELECT count(*) FROM claim_relations r
                                             WHERE r.target_claim_id = c.id AND r.type = 'disputes'),
                           support_count = (SELECT count(*) FROM claim_relations r
                                             WHERE r.target_claim_id = c.id AND r.type = 'supports'),
                           disputing_actor_count = (SELECT count(DISTINCT s.actor_id)
                                                      FROM claim_relations r JOIN claims s ON s.id = r.source_claim_id
                                                     WHERE r.target_claim_id = c.id AND r.type = 'disputes')
                     WHERE c.id = claim;
                $$;

                CREATE OR REPLACE FUNCTION claims_touch_disputed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM claims_count_relations(r.target_claim_id)
                       FROM claim_relations r WHERE r.source_claim_id = NEW.id;
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION claim_relations_touch_target() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        PERFORM claims_count_relations(OLD.target_claim_id);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        PERFORM claims_count_relations(NEW.target_claim_id);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION claims_set_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    first_article uuid;
                    first_published timestamptz;
                BEGIN
                    SELECT ap.article_id, ar.published_at INTO first_article, first_published
                      FROM claim_appearances ap JOIN articles ar ON ar.id = ap.article_id
                     WHERE ap.claim_id = NEW.id
                     ORDER BY ap.id
                     LIMIT 1;
                    NEW.first_article_id := first_article;
                    NEW.said_at := COALESCE(NEW.stated_at, first_published, NEW.created_at);
                    RETURN NEW;
                END $$;

                DROP FUNCTION claims_recount(uuid[]);
                DROP FUNCTION claims_refresh_first_appearance(uuid[]);
                DROP FUNCTION claims_said_at(timestamptz, timestamptz, timestamptz);
                DROP FUNCTION claims_first_appearances(uuid[]);
                """);
        }
    }
}
