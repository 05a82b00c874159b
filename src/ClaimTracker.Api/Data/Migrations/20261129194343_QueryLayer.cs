using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueryLayer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_claims_actor_id",
                table: "claims");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "said_at",
                table: "claims",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "claims",
                type: "tsvector",
                nullable: false)
                .Annotation("Npgsql:TsVectorConfig", "english")
                .Annotation("Npgsql:TsVectorProperties", new[] { "text", "quote" });

            migrationBuilder.CreateTable(
                name: "topics",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topics", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "claim_topics",
                columns: table => new
                {
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_topics", x => new { x.claim_id, x.topic_id });
                    table.ForeignKey(
                        name: "fk_claim_topics_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_claim_topics_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_claims_actor_id_said_at_id",
                table: "claims",
                columns: new[] { "actor_id", "said_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_said_at_id",
                table: "claims",
                columns: new[] { "said_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_search_vector",
                table: "claims",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_claim_topics_topic_id_claim_id",
                table: "claim_topics",
                columns: new[] { "topic_id", "claim_id" });

            migrationBuilder.CreateIndex(
                name: "ix_topics_slug",
                table: "topics",
                column: "slug",
                unique: true);

            // said_at = stated_at, else the first appearance's article date, else created_at. Triggers keep it current
            // whatever path writes (EF, ExecuteUpdate/Delete, COPY), so that lists can sort and filter on an index.
            migrationBuilder.Sql("""
                CREATE FUNCTION claims_set_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
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

                CREATE TRIGGER claims_said_at BEFORE INSERT OR UPDATE ON claims
                    FOR EACH ROW EXECUTE FUNCTION claims_set_said_at();

                CREATE FUNCTION claim_appearances_touch_claim() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE claims SET said_at = said_at WHERE id = OLD.claim_id;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        UPDATE claims SET said_at = said_at WHERE id = NEW.claim_id;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER claim_appearances_said_at AFTER INSERT OR UPDATE OR DELETE ON claim_appearances
                    FOR EACH ROW EXECUTE FUNCTION claim_appearances_touch_claim();

                CREATE FUNCTION articles_touch_claims() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE claims SET said_at = said_at
                     WHERE id IN (SELECT claim_id FROM claim_appearances WHERE article_id = NEW.id);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER articles_said_at AFTER UPDATE OF published_at ON articles
                    FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at)
                    EXECUTE FUNCTION articles_touch_claims();

                UPDATE claims SET said_at = said_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER articles_said_at ON articles;
                DROP TRIGGER claim_appearances_said_at ON claim_appearances;
                DROP TRIGGER claims_said_at ON claims;
                DROP FUNCTION articles_touch_claims();
                DROP FUNCTION claim_appearances_touch_claim();
                DROP FUNCTION claims_set_said_at();
                """);

            migrationBuilder.DropTable(
                name: "claim_topics");

            migrationBuilder.DropTable(
                name: "topics");

            migrationBuilder.DropIndex(
                name: "ix_claims_actor_id_said_at_id",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "ix_claims_said_at_id",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "ix_claims_search_vector",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "said_at",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "claims");

            migrationBuilder.CreateIndex(
                name: "ix_claims_actor_id",
                table: "claims",
                column: "actor_id");
        }
    }
}
