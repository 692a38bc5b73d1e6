using System.Globalization;
using ReliabilityTool.Core.Text;

namespace ReliabilityTool.Core.Matching;

/// <summary>
/// How a matching feature is spelled, by kind: the one place that knows. Stored feature vectors
/// hash these spellings (<see cref="FeatureVector"/>), so they must never change; whatever makes a
/// feature or asks what kind one is goes through here, and nothing else reads a prefix.
/// </summary>
internal static class FeatureKeys
{
    private const string NamePrefix = "e:";
    private const string FramePrefix = "f:";
    private const string PersonPrefix = "p:";
    private const string DatePrefix = "d:";
    private const string CountPrefix = "n:";

    /// <summary>
    /// log10 of a SUBTLEX-US count from which a word is common: 10,000 in 51 million words
    /// ("happen", "fun", "hard", "kill"). Fitted on ECB+ topics 1–20 among 3.5, 4.0 and 4.5.
    /// </summary>
    private const double CommonFrequency = 4.0;

    /// <summary>A name key ("e:msr").</summary>
    public static string Name(string key) => NamePrefix + key;

    /// <summary>A weightless marker that a word is part of a person's name in this claim.</summary>
    public static string Person(string word) => PersonPrefix + word;

    /// <summary>A date, as precise as the caller keeps it ("d:1998-08").</summary>
    public static string Date(string value) => DatePrefix + value;

    /// <summary>A count ("n:224").</summary>
    public static string Count(double value) => CountPrefix + value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An event frame: an event with a name or another event, in the order the caller gives ("f:kill+msr").</summary>
    public static string Frame(string first, string second) => $"{FramePrefix}{first}+{second}";

    public static bool IsName(string feature) => feature.StartsWith(NamePrefix, StringComparison.Ordinal);

    /// <summary>The name key of a name feature ("msr" of "e:msr").</summary>
    public static string KeyOf(string nameFeature) => nameFeature[NamePrefix.Length..];

    /// <summary>A person marker weighs nothing: it only says which words are names.</summary>
    public static bool IsPersonMarker(string feature) => feature.StartsWith(PersonPrefix, StringComparison.Ordinal);

    /// <summary>A feature's kind, from its spelling and, for a plain word, whether the claim marks it as a person's name.</summary>
    public static FeatureKind KindOf(string feature, IReadOnlySet<string> claimFeatures) =>
        IsName(feature) ? FeatureKind.Name
        : feature.StartsWith(FramePrefix, StringComparison.Ordinal) ? FeatureKind.Frame
        : feature.StartsWith(DatePrefix, StringComparison.Ordinal) || feature.StartsWith(CountPrefix, StringComparison.Ordinal) ? FeatureKind.Detail
        : claimFeatures.Contains(Person(feature)) ? FeatureKind.PersonWord
        : English.StemFrequency(feature) >= CommonFrequency ? FeatureKind.CommonWord
        : FeatureKind.Word;
}
