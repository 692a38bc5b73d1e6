namespace ReliabilityTool.Tests;

/// <summary>
/// A short news story nobody else prints, written for the syndication tests: outlets copy it,
/// trim it and edit a word of it, and the tool must still count it as one source.
/// </summary>
public static class HarbourStory
{
    public static readonly string[] Paragraphs =
    [
        "The harbour authority of Port Anselm confirmed on Tuesday that the grain terminal at the eastern quay will close for eleven months while its silos are rebuilt.",
        "According to the authority, the closure will move about 40,000 tonnes of wheat a month to the smaller western terminal, where lorries already queue for hours.",
        "Farmers' cooperatives in the valley said the decision was taken without consulting them and that storage on farms cannot absorb a full harvest.",
        "The rebuilding contract, worth 212 million crowns, was awarded in March to a consortium led by Veldtmann Engineering after a tender that drew three bids.",
        "Inspectors found cracks in two of the nine silos in 2019, and a report by the regional safety board last year recommended that the terminal stop taking grain.",
        "The authority's chairman, Oskar Lindqvist, told reporters that the terminal would reopen with twice its former capacity and a rail link to the inland depots.",
        "Shipping agents estimate that freight rates for grain leaving Port Anselm could rise by a fifth during the closure, as vessels wait longer to load.",
        "The regional government has promised a compensation fund for hauliers whose routes become longer, but has not said how large it will be.",
        "Opposition councillors have asked for the safety board's full report to be published, saying only its summary has been released so far.",
        "The closure begins on the first of September, after the last of this year's barley has been shipped.",
    ];
}
