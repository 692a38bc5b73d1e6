using ReliabilityTool.Core.Matching;

namespace ReliabilityTool.Core.Tests.Matching;

/// <summary>Which claims the index proposes as candidates, in an archive where every single particular is common.</summary>
public sealed class MatchIndexTests
{
    private static readonly MatchSettings Small = new(MinFeatureCap: 5, MaxFeatureCap: 5);

    /// <summary>
    /// Two paraphrases of "a bomb in Herat killed 37 people in November 2017", and filler that
    /// makes the city, the month, the count and the event words each too common to propose alone.
    /// </summary>
    private static List<FeatureVector> Archive()
    {
        var vectors = new List<FeatureVector>
        {
            FeatureVector.Of(["e:hrt", "d:2017-11", "n:37", "bomb", "kill", "blast"]),
            FeatureVector.Of(["e:hrt", "d:2017-11", "n:37", "bomb", "kill", "car"]),
        };
        for (var i = 0; i < 8; i++)
        {
            vectors.Add(FeatureVector.Of(["e:hrt", "d:2016-0" + (i + 1), $"w{i}", "bomb", "car", "blast"]));
            vectors.Add(FeatureVector.Of(["d:2017-11", $"n:{100 + i}", $"x{i}", "kill", "car", "blast"]));
            vectors.Add(FeatureVector.Of(["n:37", $"e:town{i}", $"y{i}", "bomb", "kill"]));
        }

        return vectors;
    }

    private static HashSet<int> CandidatesOf(MatchIndex index, int claim)
    {
        var found = new HashSet<int>();
        index.Candidates(claim, _ => true, found);
        return found;
    }

    [Fact]
    public void Should_Propose_A_Paraphrase_Through_A_Pair_Of_Particulars_Each_Too_Common_Alone()
    {
        var archive = Archive();
        var index = MatchIndex.Build(archive, Small);

        Assert.Contains(1, CandidatesOf(index, 0));
        Assert.DoesNotContain(1, CandidatesOf(MatchIndex.Build(archive, Small with { PairFeatures = 0 }), 0));
    }

    [Fact]
    public void Should_Never_Pair_Plain_Words()
    {
        // Two topic words, each common, rare together: as particulars they would pair; as words they must not.
        var archive = Archive();
        for (var i = 0; i < 6; i++)
        {
            archive.Add(FeatureVector.Of(["relationship", $"a{i}"]));
            archive.Add(FeatureVector.Of(["cooperation", $"b{i}"]));
        }

        archive.Add(FeatureVector.Of(["relationship", "cooperation", "q1"]));
        archive.Add(FeatureVector.Of(["relationship", "cooperation", "q2"]));
        var index = MatchIndex.Build(archive, Small);

        Assert.DoesNotContain(archive.Count - 1, CandidatesOf(index, archive.Count - 2));
    }

    [Fact]
    public void Should_Post_A_Claim_Under_Its_Rare_Features_And_The_Pairs_Of_Its_Least_Common_Particulars()
    {
        var vector = FeatureVector.Of(["e:hrt", "d:2017-11", "n:37", "f:bomb+hrt", "e:msr", "bomb"]);
        var frequency = new Dictionary<ulong, int>
        {
            [FeatureVector.Hash("e:hrt")] = 900, [FeatureVector.Hash("d:2017-11")] = 100, [FeatureVector.Hash("n:37")] = 200,
            [FeatureVector.Hash("f:bomb+hrt")] = 300, [FeatureVector.Hash("e:msr")] = 3, [FeatureVector.Hash("bomb")] = 50,
        };

        var keys = MatchIndex.PostingKeys(vector, h => frequency[h], cap: 5, pairFeatures: 3);

        // e:msr alone (rare), and the three pairs of the three least common particulars: not e:hrt, not the word.
        Assert.Equal(4, keys.Length);
        Assert.Contains(FeatureVector.Hash("e:msr"), keys);
        Assert.DoesNotContain(FeatureVector.Hash("bomb"), keys);
        var withoutHerat = MatchIndex.PostingKeys(FeatureVector.Of(["d:2017-11", "n:37", "f:bomb+hrt", "e:msr"]), h => frequency[h], cap: 5, pairFeatures: 3);
        Assert.Equal(keys.Order(), withoutHerat.Order());
    }
}
