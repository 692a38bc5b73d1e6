using ReliabilityTool.Core.Documents;

namespace ReliabilityTool.Core.Claims;

/// <summary>Turns a document's article text into claims: spans, kind, hedges, evidence and details.</summary>
public interface IClaimExtractor
{
    IReadOnlyList<Claim> Extract(Document document);
}
