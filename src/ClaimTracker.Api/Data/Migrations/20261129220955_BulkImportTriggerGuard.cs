using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class BulkImportTriggerGuard : Migration
    {
        private static readonly (string Trigger, string Table, string Timing, string Function)[] Guarded =
        [
            ("claims_said_at", "claims", "BEFORE INSERT OR UPDATE", "claims_set_said_at()"),
            ("claim_appearances_said_at", "claim_appearances", "AFTER INSERT OR UPDATE OR DELETE", "claim_appearances_touch_claim()"),
            ("claim_relations_counts", "claim_relations", "AFTER INSERT OR UPDATE OR DELETE", "claim_relations_touch_target()"),
            ("articles_history", "articles", "AFTER INSERT OR UPDATE OR DELETE", "record_change('article', 'id')"),
            ("actors_history", "actors", "AFTER INSERT OR UPDATE OR DELETE", "record_change('actor', 'id')"),
            ("actor_aliases_history", "actor_aliases", "AFTER INSERT OR UPDATE OR DELETE", "record_change('actor_alias', 'actor_id')"),
            ("claims_history", "claims", "AFTER INSERT OR UPDATE OR DELETE", "record_change('claim', 'id')"),
            ("claim_appearances_history", "claim_appearances", "AFTER INSERT OR UPDATE OR DELETE", "record_change('claim_appearance', 'claim_id')"),
            ("claim_relations_history", "claim_relations", "AFTER INSERT OR UPDATE OR DELETE", "record_change('claim_relation', 'source_claim_id', 'target_claim_id')"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The bulk import (Archive/) writes derived columns and its history record set-based, in the same
            // transaction, and sets claimtracker.bulk_import there with SET LOCAL. The row triggers step aside for
            // that transaction only: no ALTER TABLE ... DISABLE TRIGGER (which locks out readers for the whole
            // import) and no session_replication_role (superuser only). Everything else still goes through them.
            foreach (var (trigger, table, timing, function) in Guarded)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {trigger} ON {table};
                    CREATE TRIGGER {trigger} {timing} ON {table} FOR EACH ROW
                        WHEN (current_setting('claimtracker.bulk_import', true) IS DISTINCT FROM 'on')
                        EXECUTE FUNCTION {function};
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (trigger, table, timing, function) in Guarded)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {trigger} ON {table};
                    CREATE TRIGGER {trigger} {timing} ON {table} FOR EACH ROW EXECUTE FUNCTION {function};
                    """);
            }
        }
    }
}
