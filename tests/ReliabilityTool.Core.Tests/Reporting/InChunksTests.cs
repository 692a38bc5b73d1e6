using ReliabilityTool.Core.Reporting;

namespace ReliabilityTool.Core.Tests.Reporting;

public sealed class InChunksTests
{
    /// <summary>Each wave is handed on while the next renders: every entry still arrives once, in list order, whatever the count and chunk size.</summary>
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(1000, 7)]
    public void Should_Hand_On_Every_Entry_Once_In_List_Order(int count, int size)
    {
        var handedOn = new List<int>();

        InChunks.Render(count, size, () => new List<int>(), (buffer, start, n) => buffer.AddRange(Enumerable.Range(start, n)), buffer =>
        {
            handedOn.AddRange(buffer);
            buffer.Clear();
        });

        Assert.Equal(Enumerable.Range(0, count), handedOn);
    }

    [Fact]
    public void Should_Raise_An_Entry_s_Error_As_Raised_Not_Wrapped_By_The_Parallel_Loop()
    {
        var error = Assert.Throws<InvalidOperationException>(() => InChunks.Render(1000, 7, () => new List<int>(), (buffer, start, n) =>
        {
            if (start == 700) throw new InvalidOperationException("entry 700 cannot be rendered");
            buffer.AddRange(Enumerable.Range(start, n));
        }, buffer => buffer.Clear()));

        Assert.Equal("entry 700 cannot be rendered", error.Message);
    }

    [Fact]
    public void Should_Let_The_Wave_Under_Way_End_Before_A_Failure_To_Hand_On_Is_Raised()
    {
        var rendering = 0;
        var handedOn = 0;

        var error = Assert.Throws<IOException>(() => InChunks.Render(1000, 7, () => new List<int>(), (buffer, start, n) =>
        {
            Interlocked.Increment(ref rendering);
            Thread.Sleep(5);
            buffer.AddRange(Enumerable.Range(start, n));
            Interlocked.Decrement(ref rendering);
        }, buffer =>
        {
            if (++handedOn == 3) throw new IOException("disk full");
            buffer.Clear();
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(0, Volatile.Read(ref rendering));
    }
}
