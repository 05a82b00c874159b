using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    member_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    wikidata_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    normalized_name = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(name)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actors", x => x.id);
                    table.ForeignKey(
                        name: "fk_actors_actors_member_of_id",
                        column: x => x.member_of_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "actor_aliases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(name)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_actor_aliases_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    quote = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evidence_provided = table.Column<bool>(type: "boolean", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_claims_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "claim_appearances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quote = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    quote_start = table.Column<int>(type: "integer", nullable: true),
                    quote_end = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_appearances", x => x.id);
                    table.CheckConstraint("ck_claim_appearances_offsets", "(quote_start IS NULL AND quote_end IS NULL) OR (quote_start >= 0 AND quote_end > quote_start)");
                    table.ForeignKey(
                        name: "fk_claim_appearances_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_claim_appearances_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claim_relations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_relations", x => x.id);
                    table.CheckConstraint("ck_claim_relations_not_self", "source_claim_id <> target_claim_id");
                    table.ForeignKey(
                        name: "fk_claim_relations_claims_source_claim_id",
                        column: x => x.source_claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_claim_relations_claims_target_claim_id",
                        column: x => x.target_claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actor_aliases_actor_id",
                table: "actor_aliases",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_actor_aliases_normalized_name",
                table: "actor_aliases",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_actors_member_of_id",
                table: "actors",
                column: "member_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_actors_normalized_name",
                table: "actors",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_outlet",
                table: "articles",
                column: "outlet");

            migrationBuilder.CreateIndex(
                name: "ix_articles_url",
                table: "articles",
                column: "url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claim_appearances_article_id_claim_id",
                table: "claim_appearances",
                columns: new[] { "article_id", "claim_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claim_appearances_claim_id",
                table: "claim_appearances",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_claim_relations_source_claim_id_type_target_claim_id",
                table: "claim_relations",
                columns: new[] { "source_claim_id", "type", "target_claim_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claim_relations_target_claim_id_type",
                table: "claim_relations",
                columns: new[] { "target_claim_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_actor_id",
                table: "claims",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_claims_evidence_provided",
                table: "claims",
                column: "evidence_provided");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_aliases");

            migrationBuilder.DropTable(
                name: "claim_appearances");

            migrationBuilder.DropTable(
                name: "claim_relations");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "claims");

            migrationBuilder.DropTable(
                name: "actors");
        }
    }
}
