using ReliabilityTool.Core.Configuration;
using ReliabilityTool.Core.Scoring;
using ReliabilityTool.Tests;

namespace ReliabilityTool.Core.Tests.Scoring;

public sealed class RubricYamlTests
{
    private static string Shipped(string name) => File.ReadAllText(Path.Combine(RepoPaths.Rubrics, name));

    [Theory]
    [InlineData("default.yaml")]
    [InlineData("strict.yaml")]
    [InlineData("admiralty.yaml")]
    public void Should_Accept_The_Shipped_Rubrics(string name)
    {
        var rubric = RubricYaml.Parse($"rubrics/{name}", Shipped(name));

        Assert.Equal(name.Replace(".yaml", ""), rubric.Name);
        Assert.Equal(0, rubric.Grades[^1].Min);
        Assert.Equal(100, rubric.Grades[0].Max);
    }

    [Fact]
    public void Should_Compile_In_The_Same_Default_Rubric_That_Ships()
    {
        Assert.Equal(RubricYaml.Parse("x", Shipped("default.yaml")).Sha256, RubricYaml.Default.Sha256);
    }

    [Fact]
    public void Should_Extend_The_Lexicon_From_The_Rubric()
    {
        var rubric = RubricYaml.Parse("r.yaml", Shipped("default.yaml").Replace("evidence_cues: []", "evidence_cues:\n    - { pattern: '\\bMEMRI\\b', kind: think_tank }").Replace("opinion_cues: []", "opinion_cues: [arguably]"));

        Assert.Contains(rubric.Lexicon.EvidenceCues, c => c.Pattern == "\\bMEMRI\\b" && c.Kind == "think_tank");
        Assert.Contains("arguably", rubric.Lexicon.OpinionCues);
        Assert.Contains("reportedly", rubric.Lexicon.Hedges);
    }

    public static TheoryData<string, string, string, int, int, string> BadRubrics()
    {
        var data = new TheoryData<string, string, string, int, int, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Scoring", "Cases", "bad-rubrics.tsv")).Where(l => !l.StartsWith('#')).Skip(1))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2].Replace("\\n", "\n"), int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), f[5]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadRubrics))]
    public void Should_Reject_A_Bad_Rubric_At_Its_Line_And_Column(string @case, string find, string replace, int line, int column, string message)
    {
        var text = Shipped("default.yaml");
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{@case}: '{find}' not in default.yaml");
        var bad = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));

        var e = Assert.Throws<ConfigurationException>(() => RubricYaml.Parse("rubrics/bad.yaml", bad));

        Assert.Equal("rubrics/bad.yaml", e.File);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"rubrics/bad.yaml:{line}:{column}: ", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Should_Report_Every_Error_In_The_File_Each_At_Its_Line_And_Column()
    {
        var bad = Shipped("default.yaml")
            .Replace("court_ruling: 35", "court_ruling: -35")
            .Replace("hedged: -10", "hedged: 10")
            .Replace("copied: 0 ", "copied: 5 ")
            .Replace("same_author: true", "same_autor: true");

        var e = Assert.Throws<ConfigurationException>(() => RubricYaml.Parse("rubrics/bad.yaml", bad));

        Assert.Equal(["rubrics/bad.yaml:32:3", "rubrics/bad.yaml:49:19", "rubrics/bad.yaml:63:11", "rubrics/bad.yaml:67:11"],
            e.All.Select(x => $"{x.File}:{x.Line}:{x.Column}"));
        Assert.Contains("unknown key 'same_autor'", e.All[0].Message);
        Assert.Contains("a primary document adds points", e.All[1].Message);
        Assert.Contains("a penalty takes points away", e.All[2].Message);
        Assert.EndsWith("rubrics/bad.yaml: 4 errors; fix them all, then run again.", e.Message);
    }

    [Fact]
    public void Should_Not_Add_A_False_Second_Error_When_The_One_Group_Step_Is_Bad()
    {
        var e = Assert.Throws<ConfigurationException>(() => RubricYaml.Parse("rubrics/bad.yaml", Shipped("default.yaml").Replace("  1: 0", "  1: -5")));

        Assert.Contains("corroboration earns points", Assert.Single(e.All).Message);
    }

    [Fact]
    public void Should_Require_Digit_Labels_For_Admiralty_Grading()
    {
        var text = Shipped("admiralty.yaml").Replace("label: \"3\"", "label: possibly true");

        var e = Assert.Throws<ConfigurationException>(() => RubricYaml.Parse("rubrics/a.yaml", text));

        Assert.Contains("information-credibility digit 1 to 6, not 'possibly true'", e.Message);
    }
}
