using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddScreeningAndErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Blanked",
                table: "copro_survey_responses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Flags",
                table: "copro_survey_responses",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Safeguarding",
                table: "copro_survey_responses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ResponseId",
                table: "copro_survey_quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "copro_safeguarding_concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Survey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActionedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActionedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_safeguarding_concerns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_copro_survey_quotes_ResponseId",
                table: "copro_survey_quotes",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_copro_safeguarding_concerns_NotifiedAt",
                table: "copro_safeguarding_concerns",
                column: "NotifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_copro_safeguarding_concerns_ResponseId",
                table: "copro_safeguarding_concerns",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_copro_safeguarding_concerns_Status_RaisedAt",
                table: "copro_safeguarding_concerns",
                columns: new[] { "Status", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copro_safeguarding_concerns");

            migrationBuilder.DropIndex(
                name: "IX_copro_survey_quotes_ResponseId",
                table: "copro_survey_quotes");

            migrationBuilder.DropColumn(
                name: "Blanked",
                table: "copro_survey_responses");

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "copro_survey_responses");

            migrationBuilder.DropColumn(
                name: "Safeguarding",
                table: "copro_survey_responses");

            migrationBuilder.DropColumn(
                name: "ResponseId",
                table: "copro_survey_quotes");
        }
    }
}
