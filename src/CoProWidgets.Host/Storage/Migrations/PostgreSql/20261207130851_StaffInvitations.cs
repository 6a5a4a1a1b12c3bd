using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoProWidgets.Host.Storage.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationSlug = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "host_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OrganisationSlug = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HostAdministrator = table.Column<bool>(type: "boolean", nullable: false),
                    ResetsSignIn = table.Column<bool>(type: "boolean", nullable: false),
                    InvitedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Expires = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Accepted = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SendFailed = table.Column<bool>(type: "boolean", nullable: false)
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
