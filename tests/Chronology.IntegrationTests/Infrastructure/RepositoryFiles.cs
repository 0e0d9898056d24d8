namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>Files of the repository the tests were built from (the docs whose promises they hold).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Chronology.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No Chronology.sln above the test binaries.");
    }
}
