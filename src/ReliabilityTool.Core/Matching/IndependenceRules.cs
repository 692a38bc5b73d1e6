namespace ReliabilityTool.Core.Matching;

/// <summary>Which relations put two documents in one independence group (a rubric section; each switchable).</summary>
/// <param name="CopiedPassage">The assertion's passage was copied, or both documents carry one story (a copy cluster).</param>
/// <param name="SameWire">Both documents credit one wire or one original, or one is the upstream the other credits.</param>
public sealed record IndependenceRules(bool SameOwnerGroup, bool SameAuthor, bool CopiedPassage, bool SameWire = true)
{
    public static IndependenceRules Default { get; } = new(true, true, true, true);
}
