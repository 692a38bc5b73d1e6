using System.Security.Cryptography;
using System.Text;

namespace ReliabilityTool.Core.Documents;

/// <summary>A file's bytes turned into text, or a clear refusal that names the file.</summary>
public static class InputFile
{
    public static readonly string[] SupportedExtensions = [".txt", ".md", ".html", ".htm", ".docx"];

    /// <summary>Why a file in an input folder is not read, or null when it is an article to read.</summary>
    public static string? WhySkipped(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        // Before the extension: "._story.txt" (macOS) and "~$story.docx" (Word's lock file) are not articles either.
        if (name.StartsWith('.')) return "a hidden file, not an article";
        if (name.StartsWith("~$", StringComparison.Ordinal)) return "an editor's lock file, not an article";
        if (SupportedExtensions.Contains(extension)) return null;
        return extension switch
        {
            ".pdf" => ".pdf is not a supported format: no PDF text extractor is available to this tool offline. Convert it (pdftotext file.pdf) and add the .txt",
            ".doc" or ".rtf" or ".odt" => $"{extension} is not a supported format: save it as .docx or .txt",
            "" => "a file with no extension is not read: name it .txt if it is an article",
            _ => $"{extension} is not a supported format (articles are {string.Join(", ", SupportedExtensions)})",
        };
    }

    /// <summary>Text from a file's bytes, whatever of the supported formats it is: a .docx is read as Word, the rest decoded as text.</summary>
    public static string Read(string path, byte[] bytes) =>
        Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase) ? DocxText.Read(path, bytes) : Decode(path, bytes);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string DocumentId(string path) => Path.GetFileNameWithoutExtension(path);

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Decodes strictly: an article whose bytes are not UTF-8 would get wrong offsets.</summary>
    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            throw InputException.Empty(path);

        // A byte-order mark says the encoding: UTF-16 text is full of NUL bytes and is not binary.
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                var text = utf16.GetString(bytes, 2, bytes.Length - 2);
                if (string.IsNullOrWhiteSpace(text)) throw InputException.Empty(path);
                return text;
            }
            catch (DecoderFallbackException e)
            {
                throw InputException.Unreadable(path, "not valid UTF-16 after its byte-order mark", $"byte offset {2 + Math.Max(0, e.Index)}");
            }
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw InputException.Binary(path, nul);

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = LineColumnOfByte(bytes, offset);
            throw InputException.NotUtf8(path, line, column, offset);
        }
    }

    private static (int Line, int Column) LineColumnOfByte(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}

/// <summary>An input file that cannot be ingested; nothing is stored when one is met.</summary>
public sealed class InputException(string message) : Exception(message)
{
    public static InputException Empty(string path) =>
        new($"{path}: the file is empty. Remove it from the input or put the article's text in it.");

    internal static InputException Binary(string path, int offset) =>
        new($"{path}: this is a binary file (a NUL byte at offset {offset}), not an article. Convert it to text (.txt, .md or .html) or remove it from the input.");

    internal static InputException NotUtf8(string path, int line, int column, int offset) =>
        new($"{path}:{line}:{column}: the text is not valid UTF-8 (byte offset {offset}). Re-save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`.");

    internal static InputException Unreadable(string path, string what, string detail) =>
        new($"{path}: {what} ({detail}). Re-save it, or convert it to .txt, and try again.");

    public static InputException TooLarge(string path, long bytes, long limit) =>
        new($"{path}: the file is {bytes / 1048576.0:0.0} MB, above the {limit / 1048576} MB limit for one article (a page of news is a few kB). " +
            $"If it really is one article, raise the limit with --max-file-mb {(bytes + 1048575) / 1048576} or Input:MaxFileMegabytes in appsettings.json; otherwise split it.");

    public static InputException Missing(string path) =>
        new($"{path}: no such file or folder. Check the path, or list the folder that holds the articles.");

    public static InputException Unsupported(string path) =>
        new($"{path}: unsupported file type. Articles must be {string.Join(", ", InputFile.SupportedExtensions)}.");

    public static InputException NoArticles(string path) =>
        new($"{path}: the folder holds no articles ({string.Join(", ", InputFile.SupportedExtensions)}). Point at the folder that holds them.");
}

/// <summary>A file in an input folder that was not read, and why: nothing is passed over without a word.</summary>
public sealed record SkippedFile(string File, string Reason);
