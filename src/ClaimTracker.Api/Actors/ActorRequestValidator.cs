using ClaimTracker.Api.Common;
using FluentValidation;

namespace ClaimTracker.Api.Actors;

public sealed partial class ActorRequestValidator : AbstractValidator<ActorRequest>
{
    public ActorRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Actor.MaxNameLength);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Description).MaximumLength(Actor.MaxDescriptionLength);
        RuleFor(r => r.Aliases)
            .MaxItems(Actor.MaxAliases).WithMessage($"An actor has at most {Actor.MaxAliases} aliases.")
            .Must(a => a!.Where(n => n is not null).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == a!.Count)
            .WithMessage("'aliases' must not repeat a name (case-insensitively).")
            .When(r => r.Aliases is not null);
        RuleForEach(r => r.Aliases).NotEmpty().MaximumLength(Actor.MaxNameLength);
        RuleFor(r => r.MemberOfId).NotEqual(Guid.Empty);
        RuleFor(r => r.WikidataId)
            .MaximumLength(Actor.MaxWikidataIdLength)
            .Matches(WikidataItem()).WithMessage("'wikidataId' must be a Wikidata item id such as 'Q7747'.")
            .When(r => !string.IsNullOrEmpty(r.WikidataId));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Q[1-9][0-9]{0,11}$")]
    private static partial System.Text.RegularExpressions.Regex WikidataItem();
}
