using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronology.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventStartIndexCoversEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Start_Id",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Start_Id_EffectiveEnd",
                table: "Events",
                columns: new[] { "Start", "Id", "EffectiveEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Start_Id_EffectiveEnd",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Start_Id",
                table: "Events",
                columns: new[] { "Start", "Id" });
        }
    }
}
