namespace ClaimTracker.Bench;

/// <summary>Vocabulary for generated news: enough variety that full-text search has something to rank.</summary>
internal static class Words
{
    public static readonly string[] Subjects =
    [
        "The government", "The ministry", "Our country", "The opposition", "The army", "The central bank", "Our allies",
        "The regional council", "The president", "The security services", "The negotiators", "The rebels", "The coalition",
        "The election commission", "The border guards", "The trade delegation", "The health ministry", "The prosecutors",
    ];

    public static readonly string[] Verbs =
    [
        "will not negotiate with", "has never supported", "is preparing to sanction", "did not attack", "will defend",
        "secretly financed", "has evidence against", "warned", "rejected the demands of", "is cooperating with",
        "staged the incident involving", "will investigate", "shot down drones launched by", "bolstered air defense against",
        "denied any contact with", "agreed to talks with", "blamed the shelling on", "accused",
    ];

    public static readonly string[] Objects =
    [
        "the separatists", "foreign agents", "the neighbouring state", "the energy companies", "the protesters",
        "the western alliance", "the mercenaries", "the refugees", "the journalists", "the regional governors",
        "the oil exporters", "the peacekeepers", "the cyber criminals", "the grain traders", "the court",
    ];

    public static readonly string[] Qualifiers =
    [
        "before the elections", "under any circumstances", "in the coming weeks", "despite the ceasefire", "at the border",
        "this winter", "without any evidence", "as soon as possible", "for the third time", "in the capital",
        "after the drone attack", "during the summit", "on Tuesday", "in violation of the treaty", "",
    ];

    public static readonly string[] Cues = ["said", "told reporters", "stressed", "added", "warned", "claimed", "insisted"];

    public static readonly string[] Outlets =
    [
        "Daily Wire Service", "Evening Courier", "The Morning Ledger", "Global Dispatch", "Regional Herald", "Capital News",
        "Border Times", "World Report", "Associated Bulletin", "Continental Post",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Karin", "Luca",
        "Maya", "Nikolai", "Olga", "Pavel", "Rosa", "Sven", "Tamara", "Viktor",
    ];

    public static readonly string[] Surnames =
    [
        "Abramov", "Berger", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Weber",
    ];

    public static readonly string[] Topics =
    [
        "air-defense", "sanctions", "energy", "elections", "ceasefire", "drone-attacks", "border", "refugees", "grain",
        "cyber", "peace-talks", "mobilization", "disinformation", "trade", "nuclear", "human-rights",
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
