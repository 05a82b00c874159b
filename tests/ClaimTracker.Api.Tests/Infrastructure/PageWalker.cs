using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Tests.Infrastructure;

public static class PageWalker
{
    /// <summary>Follows nextCursor from the first page to the last and returns every item, in order.</summary>
    public static async Task<(List<T> Items, int Pages)> WalkAsync<T>(this HttpClient client, string url, int limit)
    {
        var items = new List<T>();
        var pages = 0;
        string? cursor = null;
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        do
        {
            var page = await client.GetAsync<Page<T>>($"{url}{separator}limit={limit}{(cursor is null ? "" : "&cursor=" + cursor)}");
            Assert.True(page.Items.Count <= limit, $"A page of limit {limit} held {page.Items.Count} items.");
            Assert.True(page.NextCursor is null || page.Items.Count == limit, "Only the last page may be short.");
            items.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        return (items, pages);
    }
}
