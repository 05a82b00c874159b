using ClaimTracker.Api.Actors;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class SharedSubjectTests
{
    [Fact]
    public void CommaSaying_ReportsForTheSubjectOfTheSentence()
    {
        const string Text = "European regulators fined Zentro Inc. 1.2 billion euros on Monday, saying the company had failed to protect its users.";

        var s = Extract.Single(Text);

        Assert.Equal(("the company had failed to protect its users", "saying", "European regulators"), (s.Quote, s.Cue, s.SpeakerMention));
    }

    [Fact]
    public void AndSaid_AfterAnotherVerb_SharesTheAppositiveSubject()
    {
        const string Text = "The company's chief executive, Mark Ellison, called the decision flawed and said regulators had ignored the evidence.";

        var s = Extract.Single(Text);

        Assert.Equal(("regulators had ignored the evidence", "Mark Ellison"), (s.Quote, s.Speaker!.Name));
    }

    [Fact]
    public void ParticipialAside_BetweenSubjectAndCue_IsSkipped_AndPluralOfficialsAreAGroup()
    {
        const string Text = "Officials, speaking on condition of anonymity, said the investigation had taken three years.";

        var s = Extract.Single(Text);

        Assert.Equal(("the investigation had taken three years", "Officials", ActorKind.Other), (s.Quote, s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void FirstWordOfACompanyName_ResolvesToTheFullName()
    {
        const string Text = "Regulators fined Zentro Inc. on Monday. Zentro said in a statement that it would appeal.";

        var s = Extract.Single(Text);

        Assert.Equal(("Zentro Inc", ActorKind.Organization), (s.Speaker!.Name, s.Speaker.Kind));
    }
}

public sealed class BackReferenceTests
{
    [Fact]
    public void ToldANewsConferenceThat_SkipsTheWholeObject()
    {
        const string Text = "ECB President Christine Lagarde told a news conference that inflation was heading back to target.";

        var s = Extract.Single(Text);

        Assert.Equal(("inflation was heading back to target", "Christine Lagarde"), (s.Quote, s.Speaker!.Name));
    }

    [Fact]
    public void She_AfterASurnameSubjectWithoutAQuote_GoesBackToThatPerson()
    {
        const string Text = "\u201CThe door is open,\u201D said economist Carsten Brzeski. "
            + "Earlier, Central bank chief Christine Lagarde spoke. Lagarde declined to comment on June. She said the bank was data dependent.";

        var s = Extract.From(Text);

        Assert.Equal(["Carsten Brzeski", "Christine Lagarde"], s.Select(x => x.Speaker!.Name));
    }

    [Fact]
    public void TheStatementOfAnInstitution_IsTheInstitutionSpeaking()
    {
        const string Text = "The European Central Bank kept rates on hold. The bank's statement noted that inflation had declined further.";

        var s = Extract.Single(Text);

        Assert.Equal(("European Central Bank", ActorKind.Organization), (s.Speaker!.Name, s.Speaker.Kind));
    }
}

public sealed class LateAttributionTests
{
    [Theory]
    [InlineData("Mayor Ines Ortega opened the bridge. \u201CWe will rebuild every road.\u201D Ortega says.", "says")]
    [InlineData("Lena Park spoke first. Mayor Ines Ortega opened the bridge. \u201CWe will rebuild every road.\u201D Ortega said on Monday.", "said")]
    public void NameCueSentence_AfterAQuoteEndingWithAPeriod_AttributesThatQuote(string text, string cue)
    {
        var s = Extract.From(text);

        var quote = Assert.Single(s);
        Assert.Equal(("We will rebuild every road.", cue, "Ortega", "Ines Ortega"), (quote.Quote, quote.Cue, quote.SpeakerMention, quote.Speaker!.Name));
    }

    [Fact]
    public void ParticipleAppositive_PublishedIn_IsSkipped()
    {
        const string Text = "The study, published in Nature, found that the ice sheet was melting faster than expected.";

        var s = Extract.Single(Text);

        Assert.Equal(("the ice sheet was melting faster than expected", "The study"), (s.Quote, s.SpeakerMention));
    }
}
