using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.PostgreSql
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "copro_survey_saved",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Survey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Data = table.Column<string>(type: "character varying(524288)", maxLength: 524288, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
