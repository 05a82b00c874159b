using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class DerivedClaimColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "dispute_count",
                table: "claims",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "disputing_actor_count",
                table: "claims",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "first_article_id",
                table: "claims",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "support_count",
                table: "claims",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_claims_contested",
                table: "claims",
                columns: new[] { "disputing_actor_count", "dispute_count", "id" },
                descending: new[] { true, true, false },
                filter: "dispute_count > 0");

            migrationBuilder.CreateIndex(
                name: "ix_claims_first_article_id",
                table: "claims",
                column: "first_article_id");

            migrationBuilder.AddForeignKey(
                name: "fk_claims_articles_first_article_id",
                table: "claims",
                column: "first_article_id",
                principalTable: "articles",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
            // first_article_id joins the trigger that keeps said_at (both come from the first appearance), and the
            // relation counts follow every change of claim_relations or of a disputing claim's actor. Lists and
            // "contested" then read plain, indexed columns instead of aggregating per request.
            migrationBuilder.Sql("""
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

                CREATE FUNCTION claim_relations_touch_target() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        PERFORM claims_count_relations(OLD.target_claim_id);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        PERFORM claims_count_relations(NEW.target_claim_id);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER claim_relations_counts AFTER INSERT OR UPDATE OR DELETE ON claim_relations
                    FOR EACH ROW EXECUTE FUNCTION claim_relations_touch_target();

                CREATE FUNCTION claims_touch_disputed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM claims_count_relations(r.target_claim_id)
                       FROM claim_relations r WHERE r.source_claim_id = NEW.id;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER claims_actor_counts AFTER UPDATE OF actor_id ON claims
                    FOR EACH ROW WHEN (OLD.actor_id IS DISTINCT FROM NEW.actor_id)
                    EXECUTE FUNCTION claims_touch_disputed();

                UPDATE claims c
                   SET dispute_count = counts.disputes, support_count = counts.supports, disputing_actor_count = counts.actors
                  FROM (SELECT r.target_claim_id AS id,
                               count(*) FILTER (WHERE r.type = 'disputes') AS disputes,
                               count(*) FILTER (WHERE r.type = 'supports') AS supports,
                               count(DISTINCT s.actor_id) FILTER (WHERE r.type = 'disputes') AS actors
                          FROM claim_relations r JOIN claims s ON s.id = r.source_claim_id
                         GROUP BY r.target_claim_id) AS counts
                 WHERE counts.id = c.id;
                """);

            migrationBuilder.Sql("UPDATE claims SET said_at = said_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER claims_actor_counts ON claims;
                DROP TRIGGER claim_relations_counts ON claim_relations;
                DROP FUNCTION claims_touch_disputed();
                DROP FUNCTION claim_relations_touch_target();
                DROP FUNCTION claims_count_relations(uuid);
                CREATE OR REPLACE FUNCTION claims_set_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.said_at := COALESCE(
                        NEW.stated_at,
                        (SELECT ar.published_at
                           FROM claim_appearances ap JOIN articles ar ON ar.id = ap.article_id
                          WHERE ap.claim_id = NEW.id
                          ORDER BY ap.id
                          LIMIT 1),
                        NEW.created_at);
                    RETURN NEW;
                END $$;
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_claims_articles_first_article_id",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "ix_claims_contested",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "ix_claims_first_article_id",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "dispute_count",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "disputing_actor_count",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "first_article_id",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "support_count",
                table: "claims");
        }
    }
}
