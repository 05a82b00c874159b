namespace ClaimTracker.Api.Tests.Extraction;

public sealed class WireStyleTests
{
    [Fact]
    public void Dateline_IsNotPartOfTheClause()
    {
        const string Text = "PORTO ALEGRE, Brazil (AP) \u2014 Floods have killed at least 39 people, authorities said Thursday.";

        var s = Extract.Single(Text);

        Assert.Equal(("Floods have killed at least 39 people", "authorities"), (s.Quote, s.SpeakerMention));
    }

    [Fact]
    public void ShortQuoteSentence_AfterAnAttributedOne_KeepsTheSpeaker()
    {
        const string Text = "\u201CWe have known this for years,\u201D activist Carlos Nobre said. \u201CNobody listened.\u201D";

        var s = Extract.From(Text);

        Assert.Equal(["We have known this for years,", "Nobody listened."], s.Select(x => x.Quote));
        Assert.All(s, x => Assert.Equal("Carlos Nobre", x.Speaker!.Name));
    }

    [Fact]
    public void SourceAtTheEnd_BoundsTheClauseOfTheNamedSpeaker()
    {
        const string Text = "Senate President Rodrigo Pacheco said the money would be released within days, according to his office.";

        var s = Extract.Single(Text);

        Assert.Equal(("the money would be released within days", "Rodrigo Pacheco"), (s.Quote, s.Speaker!.Name));
    }

    [Fact]
    public void NameWithParticles_ResolvesFromOneOfItsWords()
    {
        const string Text = "President Luiz In\u00E1cio Lula da Silva toured the area. Lula said the state would get all the help it needed.";

        var s = Extract.Single(Text);

        Assert.Equal("Luiz In\u00E1cio Lula da Silva", s.Speaker!.Name);
    }

    [Fact]
    public void TheAgency_ResolvesToTheAgencyQuotedBefore()
    {
        const string Text = "According to the civil defense agency, 300 towns have been affected. The agency said it had deployed boats.";

        var s = Extract.From(Text);

        Assert.Equal(2, s.Count);
        Assert.Equal(s[0].Speaker, s[1].Speaker);
    }
}
