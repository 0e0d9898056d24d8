namespace Chronology.Extraction.Tests;

public class GazetteerTests
{
    [Fact]
    public void Empty_HasNoPlacesOrForces()
    {
        Assert.Empty(Gazetteer.Empty.Places);
        Assert.Empty(Gazetteer.Empty.Forces);
    }
}
