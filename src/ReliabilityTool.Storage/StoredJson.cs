using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReliabilityTool.Storage;

/// <summary>How domain records nested in a row are serialised (segments, metadata, source profiles).</summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
                                            ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}
