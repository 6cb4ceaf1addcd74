using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Quartet.Platform.Http;

/// <summary>
/// Validates every body argument of an endpoint with its DataAnnotations and <see cref="IValidatableObject"/> rules
/// before the handler runs; failures answer 400 VALIDATION_FAILED listing the fields.
/// </summary>
public static class Validation
{
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validated = context.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(p => NeedsValidation(p.Parameter))
            .Select(p => p.Index)
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            foreach (var index in validated)
            {
                if (invocation.Arguments[index] is { } argument)
                {
                    var errors = Validate(argument);
                    if (errors.Count > 0)
                    {
                        return Problems.Validation(errors);
                    }
                }
            }

            return await next(invocation);
        };
    }

    public static Dictionary<string, string[]> Validate(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: ToCamel(m), r.ErrorMessage)))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid.").Distinct().ToArray());
    }

    private static bool NeedsValidation(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        return type.IsClass && type != typeof(string) && !type.Namespace!.StartsWith("Microsoft", StringComparison.Ordinal)
            && !type.Namespace.StartsWith("System", StringComparison.Ordinal)
            && (typeof(IValidatableObject).IsAssignableFrom(type)
                || type.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>(true).Any()));
    }

    private static string ToCamel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
