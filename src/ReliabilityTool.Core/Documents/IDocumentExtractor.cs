namespace ReliabilityTool.Core.Documents;

/// <summary>
/// Turns an article's original text into a <see cref="Document"/>: its blocks labelled as article
/// text or page chrome, and what the text says about its own source.
/// </summary>
public interface IDocumentExtractor
{
    Document Extract(string id, string file, string text, string sha256);
}
