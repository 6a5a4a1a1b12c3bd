using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class AddSignUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "copro_sign_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    EmailKey = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Areas = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatesByEmail = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatesByPhone = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatesByPost = table.Column<bool>(type: "boolean", nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PostalAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnsubscribedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsentMethod = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConfirmationNonce = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ManageNonce = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_copro_sign_ups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_copro_outbox_Recipient",
                table: "copro_outbox",
                column: "Recipient");

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
                name: "copro_sign_ups");

            migrationBuilder.DropIndex(
                name: "IX_copro_outbox_Recipient",
                table: "copro_outbox");
        }
    }
}
