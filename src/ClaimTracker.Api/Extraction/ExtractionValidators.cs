using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using FluentValidation;

namespace ClaimTracker.Api.Extraction;

public sealed class ExtractTextRequestValidator : AbstractValidator<ExtractTextRequest>
{
    public ExtractTextRequestValidator() =>
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Article.MaxBodyLength);
}

public sealed class AcceptExtractionsRequestValidator : AbstractValidator<AcceptExtractionsRequest>
{
    public const int MaxSuggestions = 200;

    public AcceptExtractionsRequestValidator()
    {
        RuleFor(r => r.Suggestions).NotEmpty().MaxItems(MaxSuggestions)
            .WithMessage($"'suggestions' must hold at most {MaxSuggestions} items.");
        RuleForEach(r => r.Suggestions).NotNull().SetValidator(new AcceptedSuggestionValidator());
    }
}

public sealed class AcceptedSuggestionValidator : AbstractValidator<AcceptedSuggestion>
{
    public AcceptedSuggestionValidator()
    {
        RuleFor(s => s.Kind).NotNull();
        RuleFor(s => s.Quote).NotEmpty().MaximumLength(Claim.MaxQuoteLength);
        RuleFor(s => s.Start).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(Article.MaxBodyLength);
        RuleFor(s => s.End).NotNull().GreaterThan(0).GreaterThan(s => s.Start ?? 0).LessThanOrEqualTo(Article.MaxBodyLength)
            .Must((s, end) => end is null || s.Quote is null || s.Start is null || end - s.Start == s.Quote.Length)
            .WithMessage("'end' minus 'start' must be the length of 'quote'.");
        RuleFor(s => s.Text).MaximumLength(Claim.MaxTextLength);
        RuleFor(s => s.Speaker).NotNull().SetValidator(new AcceptedSpeakerValidator()!);
    }
}

public sealed class AcceptedSpeakerValidator : AbstractValidator<AcceptedSpeaker>
{
    public AcceptedSpeakerValidator()
    {
        RuleFor(s => s.Name).NotEmpty().MaximumLength(Actor.MaxNameLength).When(s => s.Id is null);
        RuleFor(s => s.Kind).NotNull().When(s => s.Id is null);
    }
}
