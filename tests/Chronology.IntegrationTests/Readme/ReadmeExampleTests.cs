using Chronology.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chronology.IntegrationTests.Readme;

/// <summary>
/// Every example request in README.md, run against a freshly seeded service and compared with the answer
/// printed under it (after the same jq trimming), so the README cannot drift from the service. Each
/// <c>##</c> section runs in order on its own fresh service, so its writes see the state the README
/// describes. Values that vary between runs are written as placeholders (see <see cref="Placeholders"/>).
/// </summary>
public sealed class ReadmeExampleTests
{
    /// <summary>The README has 35 examples (December 2026); fewer means examples or the parser's matches were lost.</summary>
    public const int MinimumExamples = 35;

    /// <summary>The README's <c>$KEY</c>: the key of the editor it calls alice.</summary>
    private const string AliceKey = "readme-alice-key";

    private static readonly Dictionary<string, string> Variables = new() { ["KEY"] = AliceKey };

    public static TheoryData<string> Sections => [.. ReadmeExamples.Read().Select(e => e.Section).Distinct()];

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task EveryExampleOfTheSection_AnswersAsPrinted(string section)
    {
        using var factory = ChronologyApiFactory.With(new()
        {
            ["Auth:ApiKeys:2:Name"] = "alice",
            ["Auth:ApiKeys:2:Sha256"] = ChronologyApiFactory.Sha256(AliceKey),
            ["Auth:ApiKeys:2:Roles:0"] = "editor",
        });
        // The README's host, so Location headers and links read as printed.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5000"), AllowAutoRedirect = false });
        var examples = ReadmeExamples.Read().Where(e => e.Section == section).ToList();
        var bound = new Dictionary<string, string>();
        var failures = new List<string>();
        foreach (var example in examples)
        {
            string answer;
            try
            {
                answer = await ExampleRunner.RunAsync(Placeholders.Fill(example.Command, bound), client, Variables);
            }
            catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or System.Text.Json.JsonException)
            {
                failures.Add($"README.md line {example.Line}: $ {example.Command}\n{exception.GetType().Name}: {exception.Message}");
                continue;
            }

            if (!Placeholders.Match(ExampleRunner.Normalise(example.Answer), ExampleRunner.Normalise(answer), bound))
            {
                failures.Add($"README.md line {example.Line}: $ {example.Command}\n--- printed:\n{example.Answer}\n--- answered:\n{ExampleRunner.Normalise(answer)}");
            }
        }

        Assert.NotEmpty(examples);
        Assert.True(failures.Count == 0, $"{failures.Count} of {examples.Count} examples in '{section}' drifted from the service:\n\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void TheReadme_HasEveryExampleItShows()
    {
        var text = File.ReadAllText(ReadmeExamples.ReadmePath);
        var examples = ReadmeExamples.Parse(text);

        Assert.True(examples.Count >= MinimumExamples, $"Found {examples.Count} README examples, fewer than the {MinimumExamples} it had.");
        // Counted apart from the parser: a "$ curl" line outside a bash block, or one it skipped, is missed.
        Assert.Equal(ReadmeExamples.CountCommandLines(text), examples.Count);
        Assert.All(examples, example => Assert.False(string.IsNullOrWhiteSpace(example.Answer), $"README.md line {example.Line} prints no answer"));
    }

    [Theory]
    [InlineData("map(.title)")]
    [InlineData(".items[] | keys")]
    [InlineData(".a, .b")]
    [InlineData(".items[-1]")]
    public void AJqFormTheTestDoesNotKnow_IsRefused(string filter) =>
        Assert.Throws<NotSupportedException>(() => JqFilter.Parse(filter));
}
