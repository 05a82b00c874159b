using FluentValidation;

namespace ClaimTracker.Api.Verdicts;

public sealed class VerdictRequestValidator : AbstractValidator<VerdictRequest>
{
    public VerdictRequestValidator()
    {
        RuleFor(r => r.ReviewerId)
            .Must((r, id) => id is not null != !string.IsNullOrWhiteSpace(r.ReviewerName))
            .WithMessage("Give exactly one of 'reviewerId' and 'reviewerName'.");
        RuleFor(r => r.ReviewerId).NotEqual(Guid.Empty);
        RuleFor(r => r.ReviewerName).MaximumLength(Verdict.MaxReviewerNameLength);
        RuleFor(r => r.Rating).NotEmpty().MaximumLength(Verdict.MaxRatingLength);
        RuleFor(r => r.RatingValue).NotNull().IsInEnum();
        RuleFor(r => r.Url)
            .MaximumLength(Verdict.MaxUrlLength)
            .Must(BeAnHttpUrl).WithMessage("'url' must be an absolute http or https URL.")
            .When(r => !string.IsNullOrWhiteSpace(r.Url));
        RuleFor(r => r.Summary).MaximumLength(Verdict.MaxSummaryLength);
    }

    public static bool BeAnHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
