using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class AddResponseLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "copro_survey_responses",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "standard");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "copro_survey_responses",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                defaultValue: "en-GB");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "copro_sign_ups",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                defaultValue: "en-GB");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Format",
                table: "copro_survey_responses");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "copro_survey_responses");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "copro_sign_ups");
        }
    }
}
