using ReliabilityTool.Core.Reporting;

namespace ReliabilityTool.Core.Tests.Reporting;

public sealed class InChunksTests
{
    /// <summary>Each wave is handed on while the next renders: every entry still arrives once, in list order, whatever the count, chunk size and wave.</summary>
    [Theory]
    [InlineData(0, 3, 4)]
    [InlineData(1, 3, 4)]
    [InlineData(3, 3, 4)]
    [InlineData(10, 3, 1)]
    [InlineData(10, 3, 4)]
    [InlineData(1000, 7, 4)]
    [InlineData(1000, 7, 5)]
    [InlineData(1000, 7, 500)]
    public void Should_Hand_On_Every_Entry_Once_In_List_Order(int count, int size, int wave)
    {
        var handedOn = new List<int>();

        InChunks.Render(count, size, wave, () => new List<int>(), (buffer, start, n) => buffer.AddRange(Enumerable.Range(start, n)), buffer =>
        {
            handedOn.AddRange(buffer);
            buffer.Clear();
        });

        Assert.Equal(Enumerable.Range(0, count), handedOn);
    }

    [Fact]
    public void Should_Raise_An_Entry_s_Error_As_Raised_Not_Wrapped_By_The_Parallel_Loop()
    {
        var error = Assert.Throws<InvalidOperationException>(() => InChunks.Render(1000, 7, 4, () => new List<int>(), (buffer, start, n) =>
        {
            if (start == 700) throw new InvalidOperationException("entry 700 cannot be rendered");
            buffer.AddRange(Enumerable.Range(start, n));
        }, buffer => buffer.Clear()));

        Assert.Equal("entry 700 cannot be rendered", error.Message);
    }

    /// <summary>
    /// Handing on the first wave fails once the second has begun rendering, and that rendering is held
    /// until then: Render must wait for it, or it returns with a render still at work on what its
    /// caller is about to dispose.
    /// </summary>
    [Fact]
    public void Should_Let_The_Wave_Under_Way_End_Before_A_Failure_To_Hand_On_Is_Raised()
    {
        const int Size = 7, Wave = 4;
        var (started, finished, handedOn) = (0, 0, 0);
        using var handingOnFailed = new ManualResetEventSlim();

        var error = Assert.Throws<IOException>(() => InChunks.Render(1000, Size, Wave, () => new List<int>(), (buffer, start, n) =>
        {
            Interlocked.Increment(ref started);
            if (start >= Wave * Size)
            {
                handingOnFailed.Wait();
                Thread.Sleep(50);
            }

            buffer.AddRange(Enumerable.Range(start, n));
            Interlocked.Increment(ref finished);
        }, buffer =>
        {
            if (++handedOn == 3)
            {
                Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref started) > Wave, TimeSpan.FromSeconds(10)), "the second wave never began");
                handingOnFailed.Set();
                throw new IOException("disk full");
            }

            buffer.Clear();
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(Volatile.Read(ref started), Volatile.Read(ref finished));
    }
}
