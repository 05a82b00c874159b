using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// Writes what the FluentValidation validator of a request type enforces into its schema (required, nullable,
/// minLength/maxLength, minimum/maximum, minItems/maxItems, pattern), so the document never drifts from the checks.
/// Rules under a condition (<c>When</c>) give limits but never make a property required.
/// </summary>
public sealed class ValidatorSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }

        using var scope = services.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(context.Type)) is not IValidator validator)
        {
            return;
        }

        foreach (var rule in Rules(validator, conditional: false))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(rule.Rule.PropertyName ?? "");
            if (!target.Properties.TryGetValue(name, out var found) || found is not OpenApiSchema property)
            {
                continue;
            }

            var isEach = rule.Rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            var applyTo = isEach ? property.Items as OpenApiSchema : property;
            if (applyTo is null)
            {
                continue;
            }

            foreach (var component in rule.Rule.Components)
            {
                var unconditional = !rule.Conditional && !rule.Rule.HasCondition && !rule.Rule.HasAsyncCondition
                    && !component.HasCondition && !component.HasAsyncCondition;
                Describe(target, name, applyTo, component.Validator, unconditional && !isEach);
            }
        }
    }

    private static void Describe(OpenApiSchema owner, string name, OpenApiSchema property, IPropertyValidator check, bool unconditional)
    {
        var isArray = property.Type?.HasFlag(JsonSchemaType.Array) == true;
        switch (check)
        {
            case INotNullValidator or INotEmptyValidator when unconditional:
                owner.Required ??= new SortedSet<string>(StringComparer.Ordinal);
                owner.Required.Add(name);
                property.Type &= ~JsonSchemaType.Null;
                break;
            case ILengthValidator length:
                property.MaxLength = length.Max > 0 ? Math.Min(property.MaxLength ?? int.MaxValue, length.Max) : property.MaxLength;
                property.MinLength = length.Min > 0 ? length.Min : property.MinLength;
                break;
            case IMaxItemsValidator items:
                property.MaxItems = items.Max;
                break;
            case IRegularExpressionValidator regex:
                property.Pattern = regex.Expression;
                break;
            case IComparisonValidator { ValueToCompare: IConvertible value } comparison:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThanOrEqual:
                        property.Minimum = number.ToString(CultureInfo.InvariantCulture);
                        break;
                    case Comparison.GreaterThan:
                        property.Minimum = (number + 1).ToString(CultureInfo.InvariantCulture);
                        break;
                    case Comparison.LessThanOrEqual:
                        property.Maximum = number.ToString(CultureInfo.InvariantCulture);
                        break;
                    case Comparison.LessThan:
                        property.Maximum = (number - 1).ToString(CultureInfo.InvariantCulture);
                        break;
                }

                break;
            case IBetweenValidator { From: IConvertible from, To: IConvertible to }:
                property.Minimum = Convert.ToDecimal(from, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                property.Maximum = Convert.ToDecimal(to, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                break;
        }

        if (check is INotEmptyValidator && unconditional)
        {
            if (isArray)
            {
                property.MinItems = 1;
            }
            else if (property.Type?.HasFlag(JsonSchemaType.String) == true && property.Format is null)
            {
                property.MinLength = 1;
            }
        }
    }

    /// <summary>The validator's rules, with the rules of validators it includes (those count as conditional).</summary>
    private static IEnumerable<(IValidationRule Rule, bool Conditional)> Rules(IValidator validator, bool conditional)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule is IIncludeRule)
            {
                foreach (var component in rule.Components)
                {
                    if (component.Validator is IChildValidatorAdaptor { } adaptor && ChildValidator(adaptor) is { } included)
                    {
                        foreach (var inner in Rules(included, conditional: true))
                        {
                            yield return inner;
                        }
                    }
                }

                continue;
            }

            yield return (rule, conditional);
        }
    }

    private static IValidator? ChildValidator(IChildValidatorAdaptor adaptor) =>
        adaptor.GetType().GetField("_validator", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            ?.GetValue(adaptor) as IValidator;
}
