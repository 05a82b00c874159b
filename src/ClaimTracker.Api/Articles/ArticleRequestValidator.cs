using FluentValidation;

namespace ClaimTracker.Api.Articles;

public sealed partial class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public ArticleRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Article.MaxTitleLength);
        RuleFor(r => r.Url)
            .MaximumLength(Article.MaxUrlLength)
            .Must(BeAnHttpUrl).WithMessage("'url' must be an absolute http or https URL.")
            .When(r => !string.IsNullOrWhiteSpace(r.Url));
        RuleFor(r => r.Outlet).MaximumLength(Article.MaxOutletLength);
        RuleFor(r => r.Language)
            .MaximumLength(Article.MaxLanguageLength)
            .Matches(LanguageTag()).WithMessage("'language' must be a BCP 47 tag such as 'en' or 'pt-BR'.")
            .When(r => !string.IsNullOrWhiteSpace(r.Language));
        RuleFor(r => r.Body).MaximumLength(Article.MaxBodyLength);
    }

    private static bool BeAnHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
