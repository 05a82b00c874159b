namespace ClaimTracker.Api.Extraction;

/// <summary>
/// Remembers a person a sentence introduces as its subject without quoting them ("Another expert, Bong Young-shik …,
/// doubts …"), so that a quote paragraph that follows is theirs.
/// </summary>
internal static class Introductions
{
    public static void Record(string text, Sentence sentence, SpeakerResolver resolver)
    {
        var limit = Math.Min(sentence.End, sentence.Start + 80);
        foreach (var run in NameRuns.Find(text, sentence.Start, limit))
        {
            var name = NameRuns.Canonical(run.Text);
            var wordsBefore = Words.Tokens(text[sentence.Start..run.Start]);
            if (wordsBefore.Length > 3)
            {
                return;
            }

            if (wordsBefore.Length > 0 && Words.Prepositions.Contains(wordsBefore[^1]))
            {
                continue;
            }

            // "Lagarde declined to say …": a surname as subject brings that person back to mind for a following "she".
            if (Words.LooksLikePersonName(name) || (run.Start == sentence.Start && resolver.IsKnownPerson(name, run.Start)))
            {
                resolver.Introduce(name, run.Start);
                return;
            }
        }
    }
}
