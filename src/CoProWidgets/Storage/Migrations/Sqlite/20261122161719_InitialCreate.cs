using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "copro_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "copro_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: true),
                    Headers = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "copro_sign_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatesByEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatesByPhone = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatesByPost = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PostalAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnsubscribedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsentedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsentMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConfirmationNonce = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ManageNonce = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_sign_ups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_copro_outbox_DeduplicationKey",
                table: "copro_outbox",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_copro_outbox_Recipient",
                table: "copro_outbox",
                column: "Recipient");

            migrationBuilder.CreateIndex(
                name: "IX_copro_outbox_SentAt_FailedAt_NextAttemptAt",
                table: "copro_outbox",
                columns: new[] { "SentAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_copro_sign_ups_EmailKey",
                table: "copro_sign_ups",
                column: "EmailKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_copro_sign_ups_Status",
                table: "copro_sign_ups",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copro_data_protection_keys");

            migrationBuilder.DropTable(
                name: "copro_outbox");

            migrationBuilder.DropTable(
                name: "copro_sign_ups");
        }
    }
}
