namespace ClaimTracker.Api.Tests.Extraction;

public sealed class NewsStyleTests
{
    [Fact]
    public void SaidWeekday_ThenABareClause()
    {
        const string Text = "Secretary of State Antony Blinken said Tuesday the talks would resume in Geneva.";

        var s = Extract.Single(Text);

        Assert.Equal(("the talks would resume in Geneva", "Antony Blinken"), (s.Quote, s.Speaker!.Name));
    }

    [Fact]
    public void AgeAppositive_AndQuoteThenSaidNameWithRole()
    {
        const string Text = "Farmer Jo Reed, 54, said the river had never been this low. "
            + "\u201CThe harvest is lost,\u201D said Tom Hale, a spokesman for the growers\u2019 association.";

        var s = Extract.From(Text);

        Assert.Equal(["Jo Reed", "Tom Hale"], s.Select(x => x.Speaker!.Name));
        Assert.Equal("Tom Hale", s[1].SpeakerMention);
    }

    [Fact]
    public void InstitutionNamedByCommonNouns_GetsAGovernmentKind()
    {
        var s = Extract.Single("Police said the driver had fled the scene.");

        Assert.Equal(("Police", ClaimTracker.Api.Actors.ActorKind.Government), (s.Speaker!.Name, s.Speaker.Kind));
    }
}
