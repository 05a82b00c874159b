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

public sealed class BritishStyleTests
{
    [Fact]
    public void StraightSingleQuotes_AfterAColon_ApostrophesInsideDoNotCloseThem()
    {
        const string Text = "Speaking in the Commons, Victoria Atkins said: 'We have cut the longest waits. The plan's working.'";

        var s = Extract.Single(Text);

        Assert.Equal(("We have cut the longest waits. The plan's working.", "Victoria Atkins"), (s.Quote, s.Speaker!.Name));
    }

    [Fact]
    public void AnOfficeWithoutAnInstitution_IsAPerson_AndAParticipleEndsTheClause()
    {
        const string Text = "The health secretary has rejected calls for a public inquiry, saying the recovery plan was already working.";

        var s = Extract.Single(Text);

        Assert.Equal(("calls for a public inquiry", "Health secretary", ClaimTracker.Api.Actors.ActorKind.Person), (s.Quote, s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void SpokespersonOfANamedDepartment_KeepsTheDepartmentsCasing()
    {
        const string Text = "A Department of Health spokesperson said: \"We are committed to bringing down waiting lists.\"";

        var s = Extract.Single(Text);

        Assert.Equal(("Department of Health", ClaimTracker.Api.Actors.ActorKind.Government), (s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void TheAcronym_AfterItsDefinition_ResolvesToTheFullName()
    {
        const string Text = "Analysts at the Institute for Fiscal Studies (IFS) published a report. The IFS said the figure did not include staff costs.";

        var s = Extract.Single(Text);

        Assert.Equal("Institute for Fiscal Studies", s.Speaker!.Name);
    }
}
