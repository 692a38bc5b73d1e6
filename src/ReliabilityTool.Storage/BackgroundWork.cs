namespace ReliabilityTool.Storage;

/// <summary>Work a read hands to the thread pool while it reads on.</summary>
internal static class BackgroundWork
{
    /// <summary>
    /// Waits for each task to end, whatever its outcome: when a read fails, the decoding it started
    /// must not run on after the caller has gone on (and perhaps closed the database). The read's own
    /// error is the one to raise, so theirs are not.
    /// </summary>
    public static void Settle(IEnumerable<Task?> tasks)
    {
        foreach (var task in tasks)
            task?.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
    }
}
