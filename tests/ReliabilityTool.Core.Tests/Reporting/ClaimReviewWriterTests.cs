using ReliabilityTool.Core.Reporting;

namespace ReliabilityTool.Core.Tests.Reporting;

public sealed class ClaimReviewWriterTests
{
    [Theory]
    // Short enough: the sentence itself.
    [InlineData("The bridge collapsed on Monday.", "The bridge collapsed on Monday.")]
    // Cut after a clause's comma, not inside the clause that follows.
    [InlineData("The minister resigned on Tuesday, a day after the inquiry found that his office had misled parliament about the contracts.",
        "The minister resigned on Tuesday, a day after the inquiry found…")]
    // Cut before a relative clause or a prepositional phrase, never between "relations" and its "between".
    [InlineData("However, a closer look at both the trajectory of relations between the two governments shows a long rivalry.",
        "A closer look at both the trajectory of relations…")]
    // Never before "of" or "to": "the leader of" is one phrase.
    [InlineData("The explicit objective of the movement is to forcefully apply its rules across the whole region.",
        "The explicit objective of the movement is to forcefully apply its rules…")]
    // A quotation is cut after a clause inside it, and closed.
    [InlineData("He said: “The ranks were many, and some of them were connected to us in ways that nobody outside could see.”",
        "He said: “The ranks were many…”")]
    public void Should_Cut_ClaimReviewed_At_A_Clause_Or_Phrase_Boundary(string sentence, string expected)
    {
        Assert.Equal(expected, ClaimReviewWriter.Shorten(sentence));
    }

    [Fact]
    public void Should_Keep_An_Opening_That_Is_Part_Of_The_Claim()
    {
        Assert.StartsWith("So far, no arrests", ClaimReviewWriter.Shorten("So far, no arrests have been made in connection with the attack on the convoy near the border town."));
    }

    [Fact]
    public void Should_Keep_A_Sentence_Whole_Where_No_Boundary_Allows_A_Cut()
    {
        const string sentence = "Iran and Hezbollah’s sophisticated training of Al-Qaeda operatives was also instrumental.";

        Assert.Equal(sentence, ClaimReviewWriter.Shorten(sentence));
    }

    [Fact]
    public void Should_Reach_Every_Rating_From_One_To_Five()
    {
        Assert.Equal([1, 2, 3, 4, 5], new[] { 0.0, 20, 45, 79.9, 100 }.Select(ClaimReviewWriter.RatingValue));
        var ratings = Enumerable.Range(0, 1001).Select(i => ClaimReviewWriter.RatingValue(i / 10.0)).ToList();
        Assert.Equal(ratings.Order(), ratings); // a higher score never rates lower
    }
}
