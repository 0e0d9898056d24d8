namespace Chronology.Application.Writing;

/// <summary>Who is making the current change: the API key's name or the token's subject.</summary>
public interface ICurrentEditor
{
    string Name { get; }
}
