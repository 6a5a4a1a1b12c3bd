using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.PostgreSql
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
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Announced = table.Column<bool>(type: "boolean", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
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
