using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Extraction;

/// <summary>Finds the actor of an accepted speaker: by id, else by name or alias (case-insensitively), else a new actor.</summary>
internal sealed class SpeakerTable(ClaimTrackerDbContext db)
{
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.Ordinal);

    public List<Actor> Created { get; } = [];

    public async Task<Actor> FindOrCreateAsync(AcceptedSpeaker speaker, CancellationToken ct)
    {
        if (speaker.Id is { } id)
        {
            return await db.Actors.FirstAsync(a => a.Id == id, ct);
        }

        var name = speaker.Name!.Trim();
        var key = name.ToLowerInvariant();
        if (_byName.TryGetValue(key, out var seen))
        {
            return seen;
        }

        var actor = await db.Actors.FirstOrDefaultAsync(a => EF.Property<string>(a, "NormalizedName") == key, ct)
            ?? await db.Actors.FirstOrDefaultAsync(a => a.Aliases.Any(x => EF.Property<string>(x, "NormalizedName") == key), ct);
        if (actor is null)
        {
            actor = new Actor { Name = name, Kind = speaker.Kind!.Value };
            db.Actors.Add(actor);
            Created.Add(actor);
        }

        _byName[key] = actor;
        return actor;
    }
}
