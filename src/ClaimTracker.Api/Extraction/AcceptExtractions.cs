using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Extraction;

/// <summary>
/// Records accepted suggestions as claims with their appearance in the article, in one transaction. Accepting again is
/// harmless: a claim of the same actor already at the same offsets of the article is reused, as is an actor of the same name.
/// </summary>
public static class AcceptExtractions
{
    public static async Task<Results<Created<AcceptExtractionsResponse>, Ok<AcceptExtractionsResponse>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        Guid id, AcceptExtractionsRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var body = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Body).FirstOrDefaultAsync(ct);
        if (body is null)
        {
            return Problems.NotFound("Article", id);
        }

        var items = request.Suggestions!;
        if (await CheckAsync(db, body, items, ct) is { } invalid)
        {
            return invalid;
        }

        // Its own transaction, unless the Idempotency-Key filter already opened one for this request.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var speakers = new SpeakerTable(db);
        var results = new List<AcceptedClaim>();
        var pending = new Dictionary<(Guid, int, int), Claim>();
        foreach (var item in items)
        {
            var actor = await speakers.FindOrCreateAsync(item.Speaker!, ct);
            var (start, end) = (item.Start!.Value, item.End!.Value);
            var existing = await db.ClaimAppearances
                .Where(a => a.ArticleId == id && a.QuoteStart == start && a.QuoteEnd == end && a.Claim.ActorId == actor.Id)
                .Select(a => (Guid?)a.ClaimId)
                .FirstOrDefaultAsync(ct);
            if (existing is { } claimId)
            {
                results.Add(new AcceptedClaim(claimId, actor.Id, false));
                continue;
            }

            if (!pending.TryGetValue((actor.Id, start, end), out var claim))
            {
                claim = NewClaim(id, item, actor);
                pending[(actor.Id, start, end)] = claim;
                db.Claims.Add(claim);
            }

            results.Add(new AcceptedClaim(claim.Id, actor.Id, true));
        }

        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        var response = new AcceptExtractionsResponse(results, speakers.Created.Select(a => new ActorRef(a.Id, a.Name, a.Kind)).ToList());
        return results.Exists(r => r.Created) || speakers.Created.Count > 0
            ? TypedResults.Created($"/api/articles/{id}/claims", response)
            : TypedResults.Ok(response);
    }

    private static Claim NewClaim(Guid articleId, AcceptedSuggestion item, Actor actor)
    {
        var claim = new Claim
        {
            Actor = actor,
            ActorId = actor.Id,
            Text = string.IsNullOrWhiteSpace(item.Text) ? item.Quote!.Trim() : item.Text.Trim(),
            Quote = item.Quote,
            Kind = item.Kind!.Value,
            EvidenceProvided = item.EvidenceProvided,
        };
        claim.Appearances.Add(new ClaimAppearance
        {
            ArticleId = articleId,
            Quote = item.Quote,
            Kind = item.Kind.Value,
            QuoteStart = item.Start,
            QuoteEnd = item.End,
        });
        return claim;
    }

    /// <summary>Every item's offsets must match the body and every speaker id must exist; the errors name the items.</summary>
    private static async Task<ValidationProblem?> CheckAsync(
        ClaimTrackerDbContext db, string body, IReadOnlyList<AcceptedSuggestion> items, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!QuoteSpan.Matches(body, item.Quote, item.Start, item.End))
            {
                errors[$"suggestions[{i}].quote"] = [QuoteSpan.Explain(body, item.Quote!, item.Start!.Value, item.End!.Value)];
            }
        }

        var ids = items.Select(s => s.Speaker!.Id).OfType<Guid>().Distinct().ToList();
        var known = await db.Actors.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Speaker!.Id is { } actorId && !known.Contains(actorId))
            {
                errors[$"suggestions[{i}].speaker.id"] = [$"No actor has the id '{actorId}'."];
            }
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }
}
