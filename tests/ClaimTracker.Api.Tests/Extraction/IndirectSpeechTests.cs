using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class IndirectSpeechTests
{
    [Theory]
    [InlineData("The regulator said that fees would rise next year.", "said")]
    [InlineData("The regulator says fees would rise next year.", "says")]
    [InlineData("The regulator announced that fees would rise next year.", "announced")]
    [InlineData("The regulator warned on Tuesday that fees would rise next year.", "warned")]
    [InlineData("The regulator has repeatedly denied that fees would rise next year.", "denied")]
    public void SubjectCueClause_GivesTheClauseWithoutThatAndPeriod(string text, string cue)
    {
        var s = Extract.Single(text);

        Extract.Span(text, s, "fees would rise next year", ClaimKind.Indirect);
        Assert.Equal((cue, "The regulator"), (s.Cue, s.SpeakerMention));
        Assert.Equal("Regulator", s.Speaker!.Name);
    }

    [Fact]
    public void Told_SkipsTheIndirectObject()
    {
        const string Text = "Climate scientist Ruth Adler told Reuters the glacier had lost a third of its mass.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "the glacier had lost a third of its mass", ClaimKind.Indirect);
        Assert.Equal(("told", "Ruth Adler"), (s.Cue, s.Speaker!.Name));
    }

    [Fact]
    public void AccordingTo_AtTheStartAndAtTheEnd()
    {
        const string Text = "According to the World Bank, growth will slow to 2 percent. Exports fell sharply in the spring, according to the bank.";
        var bank = Extract.Actor("World Bank", ActorKind.Organization, "", "the bank");

        var s = Extract.From(Text, bank);

        Assert.Equal(2, s.Count);
        Extract.Span(Text, s[0], "growth will slow to 2 percent", ClaimKind.Indirect);
        Extract.Span(Text, s[1], "Exports fell sharply in the spring", ClaimKind.Indirect);
        Assert.All(s, x => Assert.Equal(("according to", bank.Id), (x.Cue!.ToLowerInvariant(), x.Speaker!.Id)));
    }

    [Fact]
    public void ClauseThenSpeakerWrote_InTheirReport()
    {
        const string Text = "The reform has failed to reduce waiting times, the National Audit Office wrote in its annual report.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "The reform has failed to reduce waiting times", ClaimKind.Indirect);
        Assert.Equal(("wrote", "National Audit Office", ActorKind.Organization), (s.Cue, s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void WroteInItsReportThat_GivesTheClause()
    {
        const string Text = "Amnesty International wrote in its report that the detainees had been denied lawyers.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "the detainees had been denied lawyers", ClaimKind.Indirect);
        Assert.Equal("Amnesty International", s.Speaker!.Name);
    }

    [Fact]
    public void Rejected_TheDeniedContentIsTheSpan()
    {
        const string Text = "The airline rejected the union's claim that pilots were overworked.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "the union's claim that pilots were overworked", ClaimKind.Indirect);
        Assert.Equal("rejected", s.Cue);
    }

    [Fact]
    public void PointedOut_IsOneCue()
    {
        const string Text = "Historian Jan Novak pointed out that the treaty was never ratified.";

        var s = Extract.Single(Text);

        Assert.Equal(("pointed out", "the treaty was never ratified"), (s.Cue, s.Quote));
    }

    [Theory]
    [InlineData("The new sanctions announced by the council take effect today.")]
    [InlineData("Two reporters reported on this story for the agency.")]
    [InlineData("apparently \u2013 adv. according to what you have heard or read")]
    [InlineData("The team continued to play until the rain came.")]
    [InlineData("Several indications suggest the fire started in the kitchen.")]
    [InlineData("Who disputes \u201Cthe claim that the fire started in the kitchen\u201D?")]
    public void NotReportedSpeech(string text) => Assert.Empty(Extract.From(text));
}
