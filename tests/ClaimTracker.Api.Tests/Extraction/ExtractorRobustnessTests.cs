using ClaimTracker.Api.Extraction;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class ExtractorRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\u201D\u201C\"\"\" said , said according to")]
    [InlineData("\u201COpen quote that never closes, said the spokesman")]
    [InlineData("He said.\n\n\n\u201C\u201D\nShe told.")]
    public void OddInput_GivesValidSpansOrNothing(string text)
    {
        foreach (var s in QuoteExtractor.Extract(text))
        {
            Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End, $"bad span [{s.Start},{s.End})");
        }
    }

    [Fact]
    public void RandomText_NeverThrows_AndEverySpanIsInsideTheText()
    {
        var random = new Random(42);
        var pieces = new[] { "said", "told", "according to", "\u201C", "\u201D", "\"", ",", ".", " ", "\n", "Kirby", "the", "he", "that", "Mr.", ":" };
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)] + " "));
            foreach (var s in QuoteExtractor.Extract(text))
            {
                Assert.Equal(s.Quote, text[s.Start..s.End]);
            }
        }
    }
}
