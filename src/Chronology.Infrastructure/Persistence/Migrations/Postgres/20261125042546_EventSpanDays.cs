using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronology.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventSpanDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SpanDays",
                table: "Events",
                type: "integer",
                nullable: false,
                computedColumnSql: "(\"EffectiveEnd\" - \"Start\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_SpanDays",
                table: "Events",
                column: "SpanDays");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_SpanDays",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "SpanDays",
                table: "Events");
        }
    }
}
