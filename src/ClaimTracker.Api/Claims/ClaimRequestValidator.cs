using ClaimTracker.Api.Articles;
using FluentValidation;

namespace ClaimTracker.Api.Claims;

public sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public ClaimRequestValidator()
    {
        RuleFor(r => r.ActorId).NotEmpty();
        RuleFor(r => r.ArticleId).NotEqual(Guid.Empty);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Claim.MaxTextLength);
        RuleFor(r => r.Quote).MaximumLength(Claim.MaxQuoteLength);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        Include(new QuoteSpanRules<ClaimRequest>(r => r.ArticleId, r => r.Quote, r => r.QuoteStart, r => r.QuoteEnd));
    }
}

public sealed class AppearanceRequestValidator : AbstractValidator<AppearanceRequest>
{
    public AppearanceRequestValidator()
    {
        RuleFor(r => r.ArticleId).NotEmpty();
        RuleFor(r => r.Quote).MaximumLength(Claim.MaxQuoteLength);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        Include(new QuoteSpanRules<AppearanceRequest>(r => r.ArticleId, r => r.Quote, r => r.QuoteStart, r => r.QuoteEnd));
    }
}

/// <summary>Offsets come in pairs, need a quote and an article, and span exactly the quote's length.</summary>
public sealed class QuoteSpanRules<T> : AbstractValidator<T>
{
    public QuoteSpanRules(Func<T, Guid?> articleId, Func<T, string?> quote, Func<T, int?> start, Func<T, int?> end)
    {
        When(r => start(r) is not null || end(r) is not null, () =>
        {
            RuleFor(r => start(r)).NotNull().GreaterThanOrEqualTo(0).OverridePropertyName("quoteStart")
                .WithMessage("'quoteStart' must be given with quoteEnd, and be 0 or more.");
            RuleFor(r => end(r)).NotNull().OverridePropertyName("quoteEnd")
                .WithMessage("'quoteEnd' must be given with quoteStart.");
            RuleFor(r => start(r)).LessThanOrEqualTo(Article.MaxBodyLength).OverridePropertyName("quoteStart");
            RuleFor(r => end(r)).GreaterThan(0).LessThanOrEqualTo(Article.MaxBodyLength).OverridePropertyName("quoteEnd");
            RuleFor(r => quote(r)).NotEmpty().OverridePropertyName("quote")
                .WithMessage("'quote' is required when offsets are given.");
            RuleFor(r => articleId(r)).NotNull().OverridePropertyName("articleId")
                .WithMessage("'articleId' is required when offsets are given: they index into its body.");
            RuleFor(r => end(r)).Must((r, e) => e - start(r) == quote(r)?.Length).OverridePropertyName("quoteEnd")
                .When(r => start(r) is not null && end(r) is not null && !string.IsNullOrEmpty(quote(r)))
                .WithMessage(r => $"quoteEnd - quoteStart must equal the quote's length ({quote(r)!.Length}).");
        });
    }
}
