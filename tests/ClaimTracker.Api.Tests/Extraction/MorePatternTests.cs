using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class MorePatternTests
{
    [Fact]
    public void AppositiveBetweenNameAndCue_TheNameIsTheSpeaker()
    {
        const string Text = "David Moreno, a spokesman for the port authority, said the strike had cost millions.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "the strike had cost millions", ClaimKind.Indirect);
        Assert.Equal(("David Moreno", "David Moreno"), (s.SpeakerMention, s.Speaker!.Name));
    }

    [Fact]
    public void ClauseThenNameToldOutlet_SkipsTheOutlet()
    {
        const string Text = "The ceasefire is unlikely to hold, analyst Peter Vance told the BBC.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "The ceasefire is unlikely to hold", ClaimKind.Indirect);
        Assert.Equal(("told", "Peter Vance"), (s.Cue, s.Speaker!.Name));
    }

    [Fact]
    public void SingleQuotationMarks_BritishStyle()
    {
        const string Text = "\u2018We have done nothing wrong,\u2019 the company\u2019s chief executive, Sarah Lowe, said.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "We have done nothing wrong,", ClaimKind.Direct);
    }

    [Fact]
    public void HonorificWithoutPeriod_ResolvesToTheFullName()
    {
        const string Text = "Opposition leader Keith Marlow spoke first. Mr Marlow said the budget would hurt families.";

        var s = Extract.Single(Text);

        Assert.Equal("Keith Marlow", s.Speaker!.Name);
    }

    [Theory]
    [InlineData("She added a new chapter to the book last year.")]
    [InlineData("The mayor told a story about his childhood.")]
    [InlineData("The coach said a prayer before the match.")]
    public void CueWithAPlainObject_IsNotReportedSpeech(string text) => Assert.Empty(Extract.From(text));

    [Fact]
    public void NominalCue_TheClaimOfThePossessorIsReportedToo()
    {
        const string Text = "The ministry rejected Kim\u2019s assertion that the country is a nuclear power.";

        var s = Extract.From(Text);

        Assert.Equal(2, s.Count);
        Extract.Span(Text, s[0], "Kim\u2019s assertion that the country is a nuclear power", ClaimKind.Indirect);
        Extract.Span(Text, s[1], "the country is a nuclear power", ClaimKind.Indirect);
        Assert.Equal(("assertion", "Kim"), (s[1].Cue, s[1].Speaker!.Name));
        Assert.Equal("rejected", s[0].Cue);
    }
}
