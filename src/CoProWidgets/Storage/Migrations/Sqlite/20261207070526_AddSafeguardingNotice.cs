using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddSafeguardingNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "copro_safeguarding_notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_safeguarding_notices", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "copro_safeguarding_notices",
                columns: new[] { "Id", "LastSentAt" },
                values: new object[] { 1, null });

            // An upgrade within NotifyAtMostEvery of the last email still waits out the rest of it.
            migrationBuilder.Sql("""UPDATE copro_safeguarding_notices SET "LastSentAt" = (SELECT MAX("NotifiedAt") FROM copro_safeguarding_concerns)""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copro_safeguarding_notices");
        }
    }
}
