using System.Security.Cryptography;
using System.Text;

namespace ReliabilityTool.Core.Documents;

/// <summary>A file's bytes turned into text, or a clear refusal that names the file.</summary>
public static class InputFile
{
    public static readonly string[] SupportedExtensions = [".txt", ".md", ".html", ".htm"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string DocumentId(string path) => Path.GetFileNameWithoutExtension(path);

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Decodes strictly: an article whose bytes are not UTF-8 would get wrong offsets.</summary>
    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            throw InputException.Empty(path);

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
    internal static InputException Empty(string path) =>
        new($"{path}: the file is empty. Remove it from the input or put the article's text in it.");

    internal static InputException Binary(string path, int offset) =>
        new($"{path}: this is a binary file (a NUL byte at offset {offset}), not an article. Convert it to text (.txt, .md or .html) or remove it from the input.");

    internal static InputException NotUtf8(string path, int line, int column, int offset) =>
        new($"{path}:{line}:{column}: the text is not valid UTF-8 (byte offset {offset}). Re-save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`.");

    public static InputException Missing(string path) =>
        new($"{path}: no such file or folder. Check the path, or list the folder that holds the articles.");

    public static InputException Unsupported(string path) =>
        new($"{path}: unsupported file type. Articles must be {string.Join(", ", InputFile.SupportedExtensions)}.");

    public static InputException NoArticles(string path) =>
        new($"{path}: the folder holds no articles ({string.Join(", ", InputFile.SupportedExtensions)}). Point at the folder that holds them.");
}
