using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chronology.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChronologyDbContext>
{
    public SqliteChronologyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChronologyDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
