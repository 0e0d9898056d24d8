using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronology.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "CAST(julianday(\"EffectiveEnd\") - julianday(\"Start\") AS INTEGER)",
                stored: false);

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
