namespace ReliabilityTool.Core.Matching;

/// <summary>Which relations put two documents in one independence group (a rubric section; each switchable).</summary>
public sealed record IndependenceRules(bool SameOwnerGroup, bool SameAuthor, bool CopiedPassage)
{
    public static IndependenceRules Default { get; } = new(true, true, true);
}
