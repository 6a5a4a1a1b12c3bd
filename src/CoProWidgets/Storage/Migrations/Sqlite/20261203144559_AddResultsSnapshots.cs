using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
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
                    Survey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Responses = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts = table.Column<string>(type: "TEXT", nullable: false),
                    Held = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
