using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    key_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "clock_timestamp()"),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_history", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_change_history_subject_id_id",
                table: "change_history",
                columns: new[] { "subject_id", "id" });

            // Every change is recorded by triggers in the same transaction, so EF writes, ExecuteUpdate/Delete
            // cascades and bulk loads are all covered. The key's name comes from the session setting that the API
            // sets for the connection of a write request. Updates that only touch derived columns (kept by other
            // triggers) are not recorded: they are consequences, not edits.
            migrationBuilder.Sql("""
                CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    derived text[] := ARRAY['said_at', 'first_article_id', 'dispute_count', 'support_count',
                                            'disputing_actor_count', 'search_vector', 'normalized_name'];
                    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - derived END;
                    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - derived END;
                    row_data jsonb := COALESCE(new_row, old_row);
                    action text := CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END;
                    subject text;
                BEGIN
                    IF TG_OP = 'UPDATE' AND old_row - 'updated_at' = new_row - 'updated_at' THEN
                        RETURN NULL;
                    END IF;
                    FOREACH subject IN ARRAY TG_ARGV[1:] LOOP
                        INSERT INTO change_history (subject_id, entity_type, entity_id, action, key_name, before, after)
                        VALUES ((row_data ->> subject)::uuid, TG_ARGV[0], (row_data ->> 'id')::uuid, action,
                                NULLIF(current_setting('claimtracker.key_name', true), ''), old_row, new_row);
                    END LOOP;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER articles_history AFTER INSERT OR UPDATE OR DELETE ON articles
                    FOR EACH ROW EXECUTE FUNCTION record_change('article', 'id');
                CREATE TRIGGER actors_history AFTER INSERT OR UPDATE OR DELETE ON actors
                    FOR EACH ROW EXECUTE FUNCTION record_change('actor', 'id');
                CREATE TRIGGER actor_aliases_history AFTER INSERT OR UPDATE OR DELETE ON actor_aliases
                    FOR EACH ROW EXECUTE FUNCTION record_change('actor_alias', 'actor_id');
                CREATE TRIGGER claims_history AFTER INSERT OR UPDATE OR DELETE ON claims
                    FOR EACH ROW EXECUTE FUNCTION record_change('claim', 'id');
                CREATE TRIGGER claim_appearances_history AFTER INSERT OR UPDATE OR DELETE ON claim_appearances
                    FOR EACH ROW EXECUTE FUNCTION record_change('claim_appearance', 'claim_id');
                CREATE TRIGGER claim_relations_history AFTER INSERT OR UPDATE OR DELETE ON claim_relations
                    FOR EACH ROW EXECUTE FUNCTION record_change('claim_relation', 'source_claim_id', 'target_claim_id');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER articles_history ON articles;
                DROP TRIGGER actors_history ON actors;
                DROP TRIGGER actor_aliases_history ON actor_aliases;
                DROP TRIGGER claims_history ON claims;
                DROP TRIGGER claim_appearances_history ON claim_appearances;
                DROP TRIGGER claim_relations_history ON claim_relations;
                DROP FUNCTION record_change();
                """);

            migrationBuilder.DropTable(
                name: "change_history");
        }
    }
}
