namespace ReliabilityTool.Corpus;

/// <summary>A generated corpus: its articles, the sources.yaml that says who stands behind them, and what was planted.</summary>
public sealed record GeneratedCorpus(IReadOnlyList<GeneratedArticle> Articles, string SourcesYaml, PlantedTruth Truth);

/// <summary>One article: its file name (its id plus ".txt") and its text.</summary>
public sealed record GeneratedArticle(string Id, DateOnly Published, string Text)
{
    public string FileName => Id + ".txt";
}

/// <summary>What the generator planted, so a run's findings can be checked against it.</summary>
public sealed record PlantedTruth(IReadOnlyList<PlantedAssertion> Assertions, IReadOnlyList<PlantedCopy> Copies)
{
    /// <summary>Documents that carry one story, or one wire's copy: each is one source.</summary>
    public IReadOnlyList<PlantedCluster> Clusters { get; init; } = [];
}

/// <summary>
/// A story carried by several documents. <see cref="Origin"/> is the copy the others were made
/// from; null for a wire's copy, whose origin is the wire (<see cref="Wire"/>), not a document.
/// </summary>
public sealed record PlantedCluster(string Id, string? Origin, IReadOnlyList<string> Documents, string? Wire);

/// <summary>One fact stated in several articles, each in its own words: the sentence as written in each.</summary>
public sealed record PlantedAssertion(string Id, IReadOnlyList<PlantedSentence> Sentences);

public sealed record PlantedSentence(string DocumentId, string Text);

/// <summary>A passage of <see cref="From"/> reproduced, lightly edited, in <see cref="To"/>.</summary>
public sealed record PlantedCopy(string From, string To, string Passage);
