using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Host.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InvitationUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "host_invitations",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UserId",
                table: "host_invitations");
        }
    }
}
