using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddSavedAnswersAndKioskEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EventName",
                table: "copro_survey_responses",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "copro_survey_saved",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Survey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 524288, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_survey_saved", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_copro_survey_saved_ExpiresAt",
                table: "copro_survey_saved",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_copro_survey_saved_Survey_Key",
                table: "copro_survey_saved",
                columns: new[] { "Survey", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_copro_survey_saved_TokenHash",
                table: "copro_survey_saved",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copro_survey_saved");

            migrationBuilder.DropColumn(
                name: "EventName",
                table: "copro_survey_responses");
        }
    }
}
