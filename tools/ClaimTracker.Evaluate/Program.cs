using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Extraction;
using ClaimTracker.Evaluate;

// Usage: dotnet run --project tools/ClaimTracker.Evaluate -- <samples directory> [--verbose] [--bench]
//        dotnet run --project tools/ClaimTracker.Evaluate -- --show <text file>
if (args is ["--show", var file])
{
    // Prints what the extractor suggests for any text file, to eyeball it on articles that have no gold.
    var text = File.ReadAllText(file);
    foreach (var s in QuoteExtractor.Extract(text))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Kind,-8} [{s.Start},{s.End}) {s.Confidence:F2} {s.Cue} | {s.SpeakerMention} -> {s.Speaker?.Name} ({s.Speaker?.Kind}) | {s.Quote}"));
    }

    return 0;
}

if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: ClaimTracker.Evaluate <samples directory> [--verbose] [--bench]");
    return 2;
}

var verbose = args.Contains("--verbose");
var articles = GoldFiles.Load(args[0]).ToList();
var totals = new Dictionary<string, Counts> { ["direct"] = Counts.Zero, ["indirect"] = Counts.Zero, ["all"] = Counts.Zero };
Console.WriteLine($"{"article",-52} {"kind",-9} {"gold",5} {"pred",5} {"P",6} {"R",6} {"F1",6} {"speaker",8} {"F1(1:1)",8}");
foreach (var article in articles)
{
    var predicted = QuoteExtractor.Extract(article.Text, article.Actors);
    var countsOverall = article.Name.EndsWith("(no actors)", StringComparison.Ordinal) is false;
    foreach (var (label, kind) in new (string, ClaimKind?)[] { ("direct", ClaimKind.Direct), ("indirect", ClaimKind.Indirect), ("all", null) })
    {
        var counts = Scores.Count(article.Quotes, predicted, kind);
        Report.Line(article.Name, label, counts);
        if (countsOverall)
        {
            totals[label] += counts;
        }
    }

    if (verbose)
    {
        Report.Details(article, predicted);
    }
}

Console.WriteLine();
foreach (var (label, counts) in totals)
{
    Report.Line("OVERALL (each text once, kremlin with stored actors)", label, counts);
}

if (args.Contains("--bench"))
{
    var text = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", articles.Select(a => a.Text).Distinct()), 8));
    var words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
    QuoteExtractor.Extract(text);
    var stopwatch = Stopwatch.StartNew();
    const int Runs = 10;
    for (var i = 0; i < Runs; i++)
    {
        QuoteExtractor.Extract(text);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"\nbench: {words} words, {text.Length} chars: {stopwatch.Elapsed.TotalMilliseconds / Runs:F1} ms per extraction (mean of {Runs}, after a warm-up)"));

    // The worst shape for the rules: one 10,000-word paragraph, no sentence end, a cue every few words, unclosed quotes.
    var worst = string.Concat(Enumerable.Repeat("the minister said that \u201Cofficials told reporters, according to Kirby, ", 1_000));
    stopwatch.Restart();
    var found = QuoteExtractor.Extract(worst).Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"worst case: {worst.Split(' ').Length} words in one sentence: {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {found} suggestions"));
}

return 0;
