using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReliabilityTool.Core.Configuration;

/// <summary>
/// Reads configuration YAML strictly, keeping every node's position so that each error can
/// name file, line and column. Typed deserialisation would lose positions and accept unknown
/// keys silently; editors need both.
/// </summary>
internal sealed class YamlConfig
{
    private YamlConfig(string file, YamlMappingNode root)
    {
        File = file;
        Root = new Map(this, root, "the top level");
    }

    public string File { get; }
    public Map Root { get; }

    public static YamlConfig Parse(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw SyntaxError(file, e);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's document loader sometimes reports a broken structure this way, without a
            // position. Walking the raw events again finds the YAML error, or where parsing stopped.
            throw SyntaxErrorFromEvents(file, text);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            throw ConfigurationException.NotAMapping(file, Line(node), Column(node));
        }

        return new YamlConfig(file, root);
    }

    private static ConfigurationException SyntaxError(string file, YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var detail = inner.Contains(": ") && inner.StartsWith('(') ? inner[(inner.IndexOf("): ", StringComparison.Ordinal) + 3)..] : inner;
        return ConfigurationException.Syntax(file, (int)e.Start.Line, (int)e.Start.Column, detail.TrimEnd('.'));
    }

    private static ConfigurationException SyntaxErrorFromEvents(string file, string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext()) last = parser.Current!.End;
        }
        catch (YamlException e)
        {
            return SyntaxError(file, e);
        }
        catch (InvalidOperationException)
        {
            // The scanner gave up after the last good event; that is where the structure breaks.
        }

        return ConfigurationException.Syntax(file, (int)last.Line, (int)last.Column, "the structure is broken here (an unclosed bracket or brace, or a misplaced key)");
    }

    internal static int Line(YamlNode? node) => node is null ? 1 : (int)node.Start.Line;
    internal static int Column(YamlNode? node) => node is null ? 1 : (int)node.Start.Column;

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when string.IsNullOrEmpty(s.Value) => "empty",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    /// <summary>A mapping whose keys are checked against a known set as they are read.</summary>
    public sealed class Map
    {
        private readonly YamlConfig _config;
        private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

        internal Map(YamlConfig config, YamlMappingNode node, string section)
        {
            _config = config;
            Node = node;
            Section = section;
            foreach (var (key, value) in node.Children)
            {
                if (key is not YamlScalarNode scalar || scalar.Value is null)
                    throw ConfigurationException.KeyNotAWord(config.File, Line(key), Column(key), section);
                if (!_entries.TryAdd(scalar.Value, (scalar, value)))
                    throw ConfigurationException.KeyTwice(config.File, Line(key), Column(key), scalar.Value, section);
            }
        }

        public YamlMappingNode Node { get; }
        public string Section { get; }
        public string File => _config.File;
        public int Line => YamlConfig.Line(Node);
        public int Column => YamlConfig.Column(Node);
        public IEnumerable<string> Keys => _entries.Keys;

        /// <summary>Fails on the first key not in <paramref name="allowed"/>, suggesting the nearest.</summary>
        public Map Allow(params string[] allowed)
        {
            foreach (var (name, (key, _)) in _entries)
            {
                if (!allowed.Contains(name, StringComparer.Ordinal))
                    throw ConfigurationException.UnknownKey(File, YamlConfig.Line(key), YamlConfig.Column(key), name, Section, allowed);
            }

            return this;
        }

        public bool Has(string key) => _entries.ContainsKey(key);

        public (int Line, int Column) PositionOf(string key) =>
            _entries.TryGetValue(key, out var entry) ? (YamlConfig.Line(entry.Value), YamlConfig.Column(entry.Value)) : (Line, Column);

        public (int Line, int Column) KeyPositionOf(string key) =>
            _entries.TryGetValue(key, out var entry) ? (YamlConfig.Line(entry.Key), YamlConfig.Column(entry.Key)) : (Line, Column);

        public string? OptionalString(string key)
        {
            if (!_entries.TryGetValue(key, out var entry)) return null;
            return entry.Value switch
            {
                YamlScalarNode { Value: var v } when string.IsNullOrWhiteSpace(v) || v == "~" || v == "null" => null,
                YamlScalarNode s => s.Value,
                var other => throw ConfigurationException.WrongType(File, YamlConfig.Line(other), YamlConfig.Column(other), key, "text", Describe(other)),
            };
        }

        public string RequiredString(string key) =>
            OptionalString(key) ?? throw Missing(key);

        public double? OptionalNumber(string key)
        {
            var text = OptionalString(key);
            if (text is null) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            var (line, column) = PositionOf(key);
            throw ConfigurationException.WrongType(File, line, column, key, "a number (for example 10 or 2.5)", $"'{text}'");
        }

        public double Number(string key, double fallback, double min, double max)
        {
            var value = OptionalNumber(key);
            if (value is null) return fallback;
            if (value < min || value > max)
            {
                var (line, column) = PositionOf(key);
                throw ConfigurationException.OutOfRange(File, line, column, key,
                    value.Value.ToString(CultureInfo.InvariantCulture), $"it must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
            }

            return value.Value;
        }

        /// <summary>A count: a whole number in range ("headline: 15"), so "2.5 assertions" is refused where it is written.</summary>
        public int WholeNumber(string key, int fallback, int min, int max)
        {
            var value = Number(key, fallback, min, max);
            if (value == Math.Floor(value)) return (int)value;
            var (line, column) = PositionOf(key);
            throw ConfigurationException.WrongType(File, line, column, key, "a whole number (for example 15)", $"'{OptionalString(key)}'");
        }

        public bool Boolean(string key, bool fallback)
        {
            var text = OptionalString(key);
            if (text is null) return fallback;
            if (bool.TryParse(text, out var value)) return value;
            if (text is "yes" or "on") return true;
            if (text is "no" or "off") return false;
            var (line, column) = PositionOf(key);
            throw ConfigurationException.WrongType(File, line, column, key, "true or false", $"'{text}'");
        }

        public string Choice(string key, string fallback, params string[] allowed)
        {
            var text = OptionalString(key);
            if (text is null) return fallback;
            if (allowed.Contains(text, StringComparer.Ordinal)) return text;
            var (line, column) = PositionOf(key);
            throw ConfigurationException.UnknownValue(File, line, column, key, text, allowed);
        }

        public Map? OptionalMap(string key)
        {
            if (!_entries.TryGetValue(key, out var entry)) return null;
            return entry.Value switch
            {
                YamlMappingNode m => new Map(_config, m, $"'{key}'"),
                YamlScalarNode { Value: var v } when string.IsNullOrWhiteSpace(v) => null,
                var other => throw ConfigurationException.WrongType(File, YamlConfig.Line(other), YamlConfig.Column(other), key, "a mapping of keys to values", Describe(other)),
            };
        }

        /// <summary>A list whose items are mappings; a single mapping is not promoted to a list.</summary>
        public IReadOnlyList<Map> MapList(string key)
        {
            var items = Sequence(key);
            var maps = new List<Map>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not YamlMappingNode m)
                    throw ConfigurationException.WrongType(File, YamlConfig.Line(items[i]), YamlConfig.Column(items[i]), $"{key}[{i + 1}]", "a mapping of keys to values", Describe(items[i]));
                maps.Add(new Map(_config, m, $"'{key}' item {i + 1}"));
            }

            return maps;
        }

        /// <summary>Text items; a single scalar is accepted as a list of one, as editors write it.</summary>
        public IReadOnlyList<Scalar> ScalarList(string key)
        {
            if (!_entries.TryGetValue(key, out var entry)) return [];
            if (entry.Value is YamlScalarNode single)
                return string.IsNullOrWhiteSpace(single.Value) ? [] : [new Scalar(single.Value!, YamlConfig.Line(single), YamlConfig.Column(single))];
            var items = Sequence(key);
            return items.Select((item, i) => item is YamlScalarNode s && s.Value is not null
                    ? new Scalar(s.Value, YamlConfig.Line(s), YamlConfig.Column(s))
                    : throw ConfigurationException.WrongType(File, YamlConfig.Line(item), YamlConfig.Column(item), $"{key}[{i + 1}]", "text", Describe(item)))
                .ToList();
        }

        /// <summary>The entries of a mapping-valued key, each child read as a mapping.</summary>
        public IReadOnlyList<(string Key, int Line, int Column, YamlNode Value)> Entries()
        {
            return _entries.Select(e => (e.Key, YamlConfig.Line(e.Value.Key), YamlConfig.Column(e.Value.Key), e.Value.Value)).ToList();
        }

        private IReadOnlyList<YamlNode> Sequence(string key)
        {
            if (!_entries.TryGetValue(key, out var entry)) return [];
            return entry.Value switch
            {
                YamlSequenceNode s => s.Children.ToList(),
                YamlScalarNode { Value: var v } when string.IsNullOrWhiteSpace(v) => [],
                var other => throw ConfigurationException.WrongType(File, YamlConfig.Line(other), YamlConfig.Column(other), key, "a list", Describe(other)),
            };
        }

        private ConfigurationException Missing(string key) =>
            ConfigurationException.MissingKey(File, Line, Column, key, Section);
    }

    public readonly record struct Scalar(string Value, int Line, int Column);
}
