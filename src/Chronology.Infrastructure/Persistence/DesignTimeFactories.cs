using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chronology.Infrastructure.Persistence;

/// <summary>Let <c>dotnet ef</c> build each provider's context without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChronologyDbContext>
{
    public SqliteChronologyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChronologyDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChronologyDbContext>
{
    public PostgresChronologyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresChronologyDbContext>().UseNpgsql("Host=localhost;Database=chronology_design").Options);
}
