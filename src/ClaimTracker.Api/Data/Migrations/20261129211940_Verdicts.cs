using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Verdicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "verdicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewer_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    rating = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rating_value = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verdicts", x => x.id);
                    table.CheckConstraint("ck_verdicts_reviewer", "(reviewer_actor_id IS NULL) <> (reviewer_name IS NULL)");
                    table.ForeignKey(
                        name: "fk_verdicts_actors_reviewer_actor_id",
                        column: x => x.reviewer_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_verdicts_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_verdicts_claim_id",
                table: "verdicts",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_verdicts_rating_value",
                table: "verdicts",
                column: "rating_value");

            migrationBuilder.CreateIndex(
                name: "ix_verdicts_reviewer_actor_id",
                table: "verdicts",
                column: "reviewer_actor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verdicts");
        }
    }
}
