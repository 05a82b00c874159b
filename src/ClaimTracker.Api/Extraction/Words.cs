using ClaimTracker.Api.Actors;

namespace ClaimTracker.Api.Extraction;

/// <summary>The closed word lists the rules lean on.</summary>
internal static class Words
{
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "another", "this", "that", "these", "those", "its", "their", "his", "her", "several", "some", "many", "other",
    };

    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "to", "for", "from", "of", "with", "by", "about", "during", "after", "before", "since", "via", "over",
        "outside", "inside", "without", "through", "under", "when", "while", "as", "late", "earlier", "later", "last", "this", "yesterday",
        "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again", "repeatedly",
    };

    /// <summary>Words between a subject and its cue: "Peskov had previously said", "he only said".</summary>
    public static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "will", "would", "also", "only", "previously", "initially", "immediately", "later", "earlier", "again",
        "then", "publicly", "repeatedly", "reportedly", "recently", "already", "once", "further", "firmly", "flatly", "quickly",
        "strongly", "still", "just", "has also", "even", "subsequently", "separately", "however", "too", "since", "often", "long",
    };

    /// <summary>A person who speaks for an institution without being named: "a defense ministry spokesman".</summary>
    public static readonly HashSet<string> PersonalRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "representative", "source", "sources", "aide", "aides",
        "minister", "director", "chief", "leader", "president", "secretary", "expert", "analyst", "ambassador", "adviser", "advisor",
        "general", "commander", "head", "chairman", "chairwoman", "correspondent", "editor", "professor", "spokespeople", "diplomat",
        "envoy", "lawmaker", "senator", "governor", "mayor", "premier", "chancellor", "prosecutor", "researcher", "economist",
    };

    /// <summary>Roles that speak for an institution rather than hold an office of their own.</summary>
    public static readonly HashSet<string> SpokespersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "representative", "source", "sources",
        "aide", "aides", "insider", "insiders",
    };

    /// <summary>Common nouns that can report something: "experts said", "the report said", "the ministry said".</summary>
    public static readonly HashSet<string> SpeakerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "experts", "analysts", "officials", "critics", "researchers", "scientists", "witnesses", "residents", "sources", "diplomats",
        "observers", "lawmakers", "authorities", "police", "prosecutors", "investigators", "activists", "doctors", "people",
        "report", "study", "survey", "statement", "analysis", "paper", "document", "letter", "release", "assessment", "court",
        "ministry", "government", "agency", "tank", "group", "organization", "organisation", "company", "country", "army", "military",
        "office", "department", "council", "committee", "commission", "newspaper", "network", "broadcaster", "union", "institute",
        "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "leader", "president", "minister",
        "bank", "airline", "firm", "club", "team", "university", "hospital", "party", "campaign", "board", "panel", "watchdog",
        "charity", "carrier", "website", "magazine", "outlet", "channel", "station", "embassy", "coalition", "alliance",
        "opposition", "rebels", "militants", "navy", "administration", "cabinet", "parliament", "senate", "congress", "judge",
        "jury", "prosecution", "lawyers", "family", "relatives", "neighbours", "neighbors", "villagers", "students", "teachers",
        "workers", "employees", "staff", "members", "leaders", "protesters", "demonstrators", "voters", "poll", "polls", "kremlin",
    };

    /// <summary>Words that name a person by office before the name ("Transport Minister Anna Lindqvist").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "mayor", "senator", "president", "governor", "secretary", "chancellor", "judge", "general", "pope", "king",
        "queen", "prince", "princess", "chairman", "chairwoman", "ambassador", "commissioner", "premier", "economist", "professor",
        "representative", "rep", "sen", "gov", "gen", "sheikh", "lord", "lady", "sir", "dame", "archbishop", "bishop", "cardinal",
        "spokesman", "spokeswoman", "spokesperson", "director", "chief", "commander", "colonel", "captain", "lieutenant", "officer",
        "analyst", "expert", "historian", "scientist", "lawyer", "attorney", "prosecutor", "detective", "inspector", "coach",
        "mr", "mrs", "ms", "mx", "dr", "farmer", "teacher", "doctor", "nurse", "worker", "resident", "driver", "student", "activist",
        "lawmaker", "author", "writer", "journalist", "reporter", "photographer", "researcher", "engineer", "investor", "trader",
        "banker", "pilot", "soldier", "veteran", "witness", "survivor", "owner", "manager", "founder", "ceo", "economist", "mother",
        "father", "shopkeeper", "officer", "sergeant", "major", "admiral", "senator", "congressman", "congresswoman", "councillor",
    };

    /// <summary>A subject that can speak: a noun for people or institutions, or an agent noun ("regulator", "manager").</summary>
    public static bool IsSpeakerNoun(string word) =>
        SpeakerNouns.Contains(word) || PersonalRoles.Contains(word) || Titles.Contains(word)
        || (word.Length > 4 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal)
            || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal)));

    public static readonly HashSet<string> DocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "study", "survey", "statement", "analysis", "paper", "document", "letter", "release", "assessment",
    };

    private static readonly HashSet<string> GovernmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "department", "government", "kremlin", "administration", "cabinet", "embassy", "senate", "parliament", "congress",
        "presidency", "military", "army", "police", "white house", "pentagon",
    };

    private static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "institute", "corporation", "council", "agency", "party", "university", "office", "committee", "commission", "forces",
        "bank", "fund", "organization", "organisation", "association", "union", "nations", "court", "service", "company", "group",
        "foundation", "center", "centre", "network", "federation", "authority", "bureau", "league", "board", "tank", "studies",
        "inc", "corp", "ltd", "institution", "alliance", "coalition", "movement", "society", "observatory", "watch", "college", "conservatives", "labour",
    };

    private static readonly HashSet<string> MediaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "times", "post", "news", "press", "reuters", "television", "radio", "journal", "tribune", "herald", "bbc", "cnn", "voa",
        "newspaper", "broadcaster", "tass", "ria", "afp", "ap", "guardian", "gazette", "telegraph",
    };

    public static string[] Tokens(string text) => text.Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What kind of actor a name suggests; null when its words say nothing.</summary>
    public static ActorKind? KindOf(string name)
    {
        var tokens = Tokens(name.Replace('\u2019', ' ').Replace('\'', ' ')).Select(t => t.Trim('(', ')', '.')).ToArray();
        if (tokens.Any(t => MediaWords.Contains(t) && char.IsUpper(t[0])))
        {
            return ActorKind.Media;
        }

        if (tokens.Any(GovernmentWords.Contains) || name.Contains("White House", StringComparison.OrdinalIgnoreCase))
        {
            return ActorKind.Government;
        }

        if (tokens.Any(OrganizationWords.Contains) || tokens.Any(t => t.Length > 1 && t.All(char.IsUpper)))
        {
            return ActorKind.Organization;
        }

        return null;
    }

    public static bool LooksLikePersonName(string name)
    {
        // Particles ("Lula da Silva", "van der Berg") do not count; a name has two to five capitalised words.
        var tokens = Tokens(name).Where(t => !char.IsLower(t[0]) || t.Length > 3).ToArray();
        return tokens.Length is >= 2 and <= 5 && KindOf(name) is null
            && !PlaceStarts.Contains(tokens[0]) && tokens.All(t => char.IsUpper(t[0]));
    }

    private static readonly HashSet<string> PlaceStarts = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "United", "New", "Saudi", "Hong", "Sri", "El", "Los", "San", "Las", "Day", "Nobel",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Words",
    };
}
