using System.Runtime.ExceptionServices;

namespace ReliabilityTool.Core.Reporting;

/// <summary>
/// A long list of report entries made on every core and handed on in order: an archive's claims
/// and assertions are hundreds of thousands of entries, and rendering them is most of writing
/// report.json and claims.csv. A few chunks at a time are in hand, so memory stays bounded.
/// </summary>
internal static class InChunks
{
    /// <summary>Entries per chunk: large enough that handing chunks on costs nothing, small enough to keep a few in memory.</summary>
    public const int DefaultSize = 4096;

    /// <param name="render">Renders the entries from a start index, as many as the count; called on any core.</param>
    /// <param name="consume">Takes each rendered chunk, in list order, on the calling thread.</param>
    public static void Render<TResult>(int count, int size, Func<int, int, TResult> render, Action<TResult> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var chunks = (count + size - 1) / size;
        var wave = new TResult[2 * Environment.ProcessorCount];
        for (var first = 0; first < chunks; first += wave.Length)
        {
            var inWave = Math.Min(wave.Length, chunks - first);
            var from = first;
            try
            {
                Parallel.For(0, inWave, i =>
                {
                    var start = (from + i) * size;
                    wave[i] = render(start, Math.Min(size, count - start));
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // The error as rendering one entry raised it, not wrapped by the parallel loop.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }

            for (var i = 0; i < inWave; i++)
            {
                consume(wave[i]);
                wave[i] = default!;
            }
        }
    }
}
