using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddOutcomeChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "copro_outcome_changes",
                columns: table => new
                {
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Announced = table.Column<bool>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_outcome_changes", x => new { x.Outcome, x.Status });
                });

            // Each survey's own count of responses, which counting now keeps as they arrive (written by hand).
            migrationBuilder.Sql("""INSERT INTO copro_survey_counts ("Survey", "Question", "Option", "Group", "Count") SELECT "Survey", '', '', '', COUNT(*) FROM copro_survey_responses GROUP BY "Survey" """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copro_outcome_changes");

            migrationBuilder.Sql("""DELETE FROM copro_survey_counts WHERE "Question" = '' """);
        }
    }
}
