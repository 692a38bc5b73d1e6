using System.Runtime.ExceptionServices;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// A long list of report entries rendered on every core and handed on in order: an archive's
/// claims and assertions are hundreds of thousands of entries, and rendering them is most of
/// writing report.json and claims.csv. A few chunks at a time are in hand, so memory stays bounded.
/// </summary>
internal static class InChunks
{
    /// <summary>Entries per chunk: large enough that handing chunks on costs nothing, small enough to keep a few in memory.</summary>
    public const int DefaultSize = 4096;

    /// <summary>
    /// Renders each chunk into a buffer and hands the buffers on in list order. The few buffers in
    /// hand are made once and used again: a chunk is hundreds of kilobytes, and a buffer made anew
    /// for each would be a large object, zeroed and collected every time.
    /// </summary>
    /// <param name="make">Makes an empty buffer.</param>
    /// <param name="render">Renders the entries from a start index, as many as the count, into the buffer; called on any core.</param>
    /// <param name="consume">Takes each rendered buffer, in list order, on the calling thread, and leaves it empty for the next chunk.</param>
    public static void Render<TBuffer>(int count, int size, Func<TBuffer> make, Action<TBuffer, int, int> render, Action<TBuffer> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var chunks = (count + size - 1) / size;
        var buffers = new TBuffer[Math.Min(chunks, 2 * Environment.ProcessorCount)];
        for (var i = 0; i < buffers.Length; i++) buffers[i] = make();
        for (var first = 0; first < chunks; first += buffers.Length)
        {
            var inWave = Math.Min(buffers.Length, chunks - first);
            var from = first;
            try
            {
                Parallel.For(0, inWave, i =>
                {
                    var start = (from + i) * size;
                    render(buffers[i], start, Math.Min(size, count - start));
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // The error as rendering one entry raised it, not wrapped by the parallel loop.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }

            for (var i = 0; i < inWave; i++) consume(buffers[i]);
        }
    }
}
