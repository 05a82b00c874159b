namespace ClaimTracker.Api.Extraction;

/// <summary>
/// Words between quotation marks. <see cref="Start"/>/<see cref="End"/> bound the content (marks excluded);
/// <see cref="CloseMark"/> is -1 when the quote runs on into the next paragraph, as news quotes over several paragraphs do.
/// </summary>
internal sealed record Quotation(int Start, int End, int OpenMark, int CloseMark)
{
    /// <summary>Index just past the closing mark, or the content end for an unclosed quote.</summary>
    public int Outer => CloseMark < 0 ? End : CloseMark + 1;

    public bool Contains(int index) => index > OpenMark && (CloseMark < 0 ? index < End : index < CloseMark);
}

/// <summary>A sentence of a paragraph, never split inside a quotation, with the quotations it holds.</summary>
internal sealed record Sentence(int Start, int End, int Paragraph, IReadOnlyList<Quotation> Quotes);
