using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Host.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "host_audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationSlug = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "host_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OrganisationSlug = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HostAdministrator = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResetsSignIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvitedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Expires = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Accepted = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SendFailed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_host_invitations_host_organisations_OrganisationSlug",
                        column: x => x.OrganisationSlug,
                        principalTable: "host_organisations",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_host_audit_log_OrganisationSlug_At",
                table: "host_audit_log",
                columns: new[] { "OrganisationSlug", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_host_invitations_OrganisationSlug",
                table: "host_invitations",
                column: "OrganisationSlug");

            migrationBuilder.CreateIndex(
                name: "IX_host_invitations_TokenHash",
                table: "host_invitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "host_audit_log");

            migrationBuilder.DropTable(
                name: "host_invitations");
        }
    }
}
