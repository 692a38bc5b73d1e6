using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReliabilityTool.Core.Documents;

/// <summary>
/// A Word (.docx) article as plain text: one paragraph a block, a blank line between, as the
/// extractor reads a .txt file. For a .docx the document's original text is this rendering:
/// offsets point into it.
/// </summary>
internal static class DocxText
{
    public static string Read(string path, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null) throw InputException.Empty(path);
            // A text box's paragraphs sit inside another paragraph: read once, as the outer one's text.
            var paragraphs = body.Descendants<Paragraph>().Where(p => !p.Ancestors<Paragraph>().Any())
                .Select(p => string.Concat(p.Descendants().Select(e => e switch
                {
                    DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                    TabChar => " ",
                    Break or CarriageReturn => "\n",
                    _ => "",
                })).Trim())
                .Where(p => p.Length > 0);
            var text = string.Join("\n\n", paragraphs);
            if (text.Length == 0) throw InputException.Empty(path);
            return text + "\n";
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw InputException.Unreadable(path, "not a readable Word document", e.Message);
        }
    }
}
