using System.ComponentModel.DataAnnotations;

namespace Chronology.Api.Common.Caching;

/// <summary>The <c>AnswerCache</c> section: recent list, export and statistics answers kept in memory, keyed by the data version.</summary>
public sealed class AnswerCacheOptions
{
    public const string SectionName = "AnswerCache";

    /// <summary>Keep answers in memory (validators and 304s work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory for all kept answers together.</summary>
    [Range(1, 16_384)]
    public int MaxMegabytes { get; set; } = 64;

    /// <summary>Answers larger than this (a big export) are streamed and not kept.</summary>
    [Range(1, 1_048_576)]
    public int MaxAnswerKilobytes { get; set; } = 1024;
}
