namespace ClaimTracker.Api.Common;

/// <summary>An entity whose creation and last-update times the DbContext stamps on save.</summary>
public interface ITimestamped
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}
