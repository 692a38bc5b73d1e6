namespace ReliabilityTool.Core.Claims;

/// <summary>The evidence kinds the tool knows, and the class each belongs to.</summary>
internal static class EvidenceKinds
{
    public static readonly IReadOnlyDictionary<string, EvidenceClass> All = new Dictionary<string, EvidenceClass>
    {
        ["court_ruling"] = EvidenceClass.Primary,
        ["indictment"] = EvidenceClass.Primary,
        ["government_designation"] = EvidenceClass.Primary,
        ["official_report"] = EvidenceClass.Primary,
        ["un_report"] = EvidenceClass.Primary,
        ["declassified_document"] = EvidenceClass.Primary,
        ["official_statement"] = EvidenceClass.Primary,
        ["testimony"] = EvidenceClass.Primary,
        ["news_report"] = EvidenceClass.Secondary,
        ["book"] = EvidenceClass.Secondary,
        ["think_tank"] = EvidenceClass.Secondary,
        ["advocacy_group"] = EvidenceClass.Secondary,
        ["anonymous"] = EvidenceClass.Anonymous,
    };

    public static EvidenceClass ClassOf(string kind) => All[kind];
}
