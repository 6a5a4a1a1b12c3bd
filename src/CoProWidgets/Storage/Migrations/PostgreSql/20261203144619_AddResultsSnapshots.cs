using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class AddResultsSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "copro_results_snapshots",
                columns: table => new
                {
                    Survey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    Counts = table.Column<string>(type: "text", nullable: false),
                    Held = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_results_snapshots", x => new { x.Survey, x.Sequence });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copro_results_snapshots");
        }
    }
}
