using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace ClaimTracker.Api.Common;

/// <summary>A list holds at most <see cref="Max"/> items; a rule of its own so the OpenAPI document can show it as maxItems.</summary>
public interface IMaxItemsValidator
{
    int Max { get; }
}

public sealed class MaxItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaxItemsValidator
{
    public int Max { get; } = max;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value) =>
        value is not IEnumerable items || items.Cast<object?>().Take(Max + 1).Count() <= Max;

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' must hold at most " + Max + " items.";
}

public static class MaxItemsRule
{
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TCollection>(max));
}
