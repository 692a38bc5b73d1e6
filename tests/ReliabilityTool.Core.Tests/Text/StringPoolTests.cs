using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Tests.Text;

public sealed class StringPoolTests
{
    [Fact]
    public void Should_Find_A_Pooled_String_By_Its_Characters()
    {
        var pool = new StringPool();
        var pooled = pool.Of(new string("named by a court filing".AsSpan()));

        var found = pool.Of("a source named by a court filing".AsSpan()[9..]);

        Assert.Same(pooled, found);
    }

    /// <summary>The point of looking up by characters: a string already pooled is not made again to be found.</summary>
    [Fact]
    public void Should_Find_A_Pooled_String_By_Its_Characters_Without_Allocating()
    {
        var pool = new StringPool();
        var line = "a source named by a court filing".AsSpan();
        var pooled = pool.Of(line[9..]);
        Assert.Same(pooled, pool.Of(line[9..]));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) Assert.Same(pooled, pool.Of(line[9..]));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Should_Pool_Characters_Seen_For_The_First_Time_For_Every_Later_Lookup()
    {
        var pool = new StringPool();

        var first = pool.Of("officials said".AsSpan());

        Assert.Equal("officials said", first);
        Assert.Same(first, pool.Of(new string("officials said".AsSpan())));
        Assert.Same(first, pool.Of("officials said".AsSpan()));
        Assert.NotSame(first, pool.Of("officials".AsSpan()));
    }
}
