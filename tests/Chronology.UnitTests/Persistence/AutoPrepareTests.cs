using Chronology.Infrastructure.Persistence;
using Npgsql;

namespace Chronology.UnitTests.Persistence;

public sealed class AutoPrepareTests
{
    [Fact]
    public void WithAutoPrepare_WhenTheConnectionStringDoesNotSetIt_AddsTheConfiguredValue()
    {
        var result = DatabaseProviders.WithAutoPrepare("Host=db;Username=chronology;Password=secret", 64);

        var builder = new NpgsqlConnectionStringBuilder(result);
        Assert.Equal(64, builder.MaxAutoPrepare);
        Assert.Equal("db", builder.Host);
        Assert.Equal("secret", builder.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=5")]
    [InlineData("Host=db;MaxAutoPrepare=5")]
    [InlineData("host=db;max auto prepare=5")]
    public void WithAutoPrepare_WhenTheConnectionStringSetsIt_KeepsItsOwnValue(string connectionString)
    {
        var result = DatabaseProviders.WithAutoPrepare(connectionString, 64);

        Assert.Equal(5, new NpgsqlConnectionStringBuilder(result).MaxAutoPrepare);
    }

    [Fact]
    public void WithAutoPrepare_WhenTheConnectionStringTurnsItOff_LeavesItOff()
    {
        var result = DatabaseProviders.WithAutoPrepare("Host=db;Max Auto Prepare=0", 64);

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(result).MaxAutoPrepare);
    }
}
