using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoProWidgets.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddSnapshotAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "copro_results_snapshots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hidden",
                table: "copro_results_snapshots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Withdrawn",
                table: "copro_results_snapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "copro_results_snapshots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "copro_results_snapshots",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Basis",
                table: "copro_results_snapshots");

            migrationBuilder.DropColumn(
                name: "Hidden",
                table: "copro_results_snapshots");

            migrationBuilder.DropColumn(
                name: "Withdrawn",
                table: "copro_results_snapshots");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "copro_results_snapshots");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "copro_results_snapshots");
        }
    }
}
