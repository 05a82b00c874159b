using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class DirectQuoteTests
{
    [Fact]
    public void QuoteThenNameSaid_CurlyMarks_GivesTheWordsInsideTheMarks()
    {
        const string Text = "Officials met on Monday. \u201CThe bridge will reopen in March,\u201D Transport Minister Anna Lindqvist said.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "The bridge will reopen in March,", ClaimKind.Direct);
        Assert.Equal(("said", "Transport Minister Anna Lindqvist"), (s.Cue, s.SpeakerMention));
        Assert.Equal(("Anna Lindqvist", ActorKind.Person), (s.Speaker!.Name, s.Speaker.Kind));
        Assert.Null(s.Speaker.Id);
    }

    [Fact]
    public void QuoteThenSaidName_StraightMarks_AnUnnamedSpokesmanSpeaksForTheInstitution()
    {
        const string Text = "The Interior Ministry opened an inquiry. \"We have found no trace of the missing files,\" said a ministry spokeswoman.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "We have found no trace of the missing files,", ClaimKind.Direct);
        Assert.Equal("a ministry spokeswoman", s.SpeakerMention);
        Assert.Equal(("Interior Ministry", ActorKind.Government), (s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void NameSaidColonQuote_WithWordsBetweenCueAndColon()
    {
        const string Text = "Mayor Tom Okafor said at a press conference on Friday: \u201CThe budget is balanced for the first time in ten years.\u201D";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "The budget is balanced for the first time in ten years.", ClaimKind.Direct);
        Assert.Equal("Tom Okafor", s.Speaker!.Name);
    }

    [Fact]
    public void PronounAfterQuote_GoesToTheMostRecentPersonSpeaker_AndASurnameToTheFullName()
    {
        const string Text = "Health expert Maria Gonzalez warned that hospitals were full. \u201CWe cannot take more patients this week,\u201D she added. "
            + "Gonzalez stressed that the situation would improve by May.";

        var s = Extract.From(Text);

        Assert.Equal(3, s.Count);
        Assert.Equal(["warned", "added", "stressed"], s.Select(x => x.Cue));
        Assert.All(s, x => Assert.Equal("Maria Gonzalez", x.Speaker!.Name));
        Assert.Equal("she", s[1].SpeakerMention);
    }

    [Fact]
    public void QuoteOverSeveralParagraphs_GivesOneSuggestionPerParagraph_AllForTheSpeaker()
    {
        const string Text = "Union leader Paul Meyer told the assembly: \u201CWe will not accept these cuts.\n\n"
            + "\u201CIf the company insists, the strike will go on until the end of the year.\u201D";

        var s = Extract.From(Text);

        Assert.Equal(2, s.Count);
        Extract.Span(Text, s[0], "We will not accept these cuts.", ClaimKind.Direct);
        Extract.Span(Text, s[1], "If the company insists, the strike will go on until the end of the year.", ClaimKind.Direct);
        Assert.All(s, x => Assert.Equal("Paul Meyer", x.Speaker!.Name));
        Assert.Null(s[1].SpeakerMention);
    }

    [Fact]
    public void FloatingQuoteParagraph_KeepsTheSpeakerOfTheAttributedParagraphBefore()
    {
        const string Text = "Economist Lena Park said inflation had peaked.\n\n\u201CPrices will fall slowly, but they will fall.\u201D\n\nThe central bank declined to comment.";

        var s = Extract.From(Text);

        Assert.Equal(2, s.Count);
        Assert.Equal(ClaimKind.Direct, s[1].Kind);
        Assert.Null(s[1].Cue);
        Assert.Equal("Lena Park", s[1].Speaker!.Name);
        Assert.True(s[1].Confidence < s[0].Confidence);
    }

    [Fact]
    public void FloatingQuote_AfterAPersonIntroducedWithoutACue_IsTheirs()
    {
        const string Text = "Another analyst, Omar Haddad of the Gulf Research Center, doubts the plan.\n\n"
            + "\u201CNobody has explained where the money would come from.\u201D";

        var s = Extract.Single(Text);

        Assert.Equal("Omar Haddad", s.Speaker!.Name);
    }

    [Theory]
    [InlineData("The minister called the report \u201Cridiculous\u201D and left.")]
    [InlineData("The film \u201CDays of Thunder and Rain\u201D opened on Friday.")]
    [InlineData("Fans marked \u201CVictory Day\u201D in the capital.")]
    [InlineData("\u201CConsidered, Balanced Steps\u201D announced")]
    public void ScareQuotesAndTitles_AreNotClaims(string text) => Assert.Empty(Extract.From(text));

    [Fact]
    public void QuotedFragmentInReportedSpeech_GivesTheDirectFragment()
    {
        const string Text = "Senator Alan Brooks said the vote would be \u201Ca turning point for the whole region\u201D.";

        var s = Extract.Single(Text);

        Extract.Span(Text, s, "a turning point for the whole region", ClaimKind.Direct);
        Assert.Equal("Alan Brooks", s.Speaker!.Name);
    }
}
