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
    /// Renders each chunk into a buffer and hands the buffers on in list order. Chunks are rendered
    /// a wave at a time, one chunk per buffer, and a wave is handed on while the next one renders:
    /// handing on is writing to a file, which would otherwise leave the cores idle. The buffers are
    /// made once and used again: a chunk is hundreds of kilobytes, and a buffer made anew for each
    /// would be a large object, zeroed and collected every time.
    /// </summary>
    /// <param name="make">Makes an empty buffer.</param>
    /// <param name="render">Renders the entries from a start index, as many as the count, into the buffer; called on any core.</param>
    /// <param name="consume">Takes each rendered buffer, in list order, on the calling thread, and leaves it empty for the next chunk.</param>
    public static void Render<TBuffer>(int count, int size, Func<TBuffer> make, Action<TBuffer, int, int> render, Action<TBuffer> consume) =>
        Render(count, size, 2 * Environment.ProcessorCount, make, render, consume);

    /// <param name="waveSize">Chunks rendered at once: two for each core keeps every core busy while the slowest chunk ends.</param>
    internal static void Render<TBuffer>(int count, int size, int waveSize, Func<TBuffer> make, Action<TBuffer, int, int> render, Action<TBuffer> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(waveSize, 1);
        var chunks = (count + size - 1) / size;
        var wave = Math.Min(chunks, waveSize);
        // Two sets of buffers: one being handed on, the other being rendered into.
        TBuffer[][] sets = [Make(wave, make), Make(Math.Min(wave, chunks - wave), make)];
        Task Wave(int first, TBuffer[] buffers) => Task.Run(() => Parallel.For(0, Math.Min(buffers.Length, chunks - first), i =>
        {
            var start = (first + i) * size;
            render(buffers[i], start, Math.Min(size, count - start));
        }));

        var rendering = Wave(0, sets[0]);
        try
        {
            for (var (first, set) = (0, 0); first < chunks; first += wave, set = 1 - set)
            {
                Finish(rendering);
                var next = first + wave;
                rendering = next < chunks ? Wave(next, sets[1 - set]) : Task.CompletedTask;
                for (var i = 0; i < Math.Min(wave, chunks - first); i++) consume(sets[set][i]);
            }

            Finish(rendering);
        }
        finally
        {
            // When handing on fails, the wave under way still ends before the caller goes on (and disposes what
            // it renders from); the failure to hand on is the error raised, so the wave's own is not.
            rendering.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }

    private static TBuffer[] Make<TBuffer>(int count, Func<TBuffer> make)
    {
        var buffers = new TBuffer[count];
        for (var i = 0; i < buffers.Length; i++) buffers[i] = make();
        return buffers;
    }

    /// <summary>Waits for a wave, with an error raised rendering one entry thrown as it was raised, not wrapped by the parallel loop.</summary>
    private static void Finish(Task rendering)
    {
        try
        {
            rendering.GetAwaiter().GetResult();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
