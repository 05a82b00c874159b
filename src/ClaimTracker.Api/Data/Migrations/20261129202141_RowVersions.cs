using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "claims",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "articles",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "actors",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "actors");
        }
    }
}
