using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// Text for a response body, collected for a few events at a time and then handed to the body and flushed.
/// </summary>
public sealed class ExportText(PipeWriter output)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder text = new();
    private int events;

    public StringBuilder Text => text;

    /// <summary>Counts an event written; every <see cref="EventExportFormat.FlushEvery"/> events the text goes out.</summary>
    public ValueTask EventWrittenAsync(CancellationToken cancellationToken) =>
        ++events % EventExportFormat.FlushEvery == 0 ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (text.Length > 0)
        {
            output.Write(Utf8.GetBytes(text.ToString()));
            text.Clear();
        }

        await output.FlushAsync(cancellationToken);
    }
}
