using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
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
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, Message: Readable(instance.GetType(), m, r.ErrorMessage))))
            .GroupBy(e => ToCamel(e.Member))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
    }

    /// <summary>
    /// DataAnnotations' built-in messages name a property by its C# name ("The field PointsCost must be…"); people read
    /// the name a form shows, so the member's <see cref="DisplayAttribute"/> name is used, or else its name in words.
    /// </summary>
    private static string Readable(Type type, string member, string? message)
    {
        if (message is null)
        {
            return "Invalid.";
        }

        var property = member.Length == 0 ? null : type.GetProperty(member);
        if (property is null)
        {
            return message;
        }

        var shown = property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? InWords(member);
        return Regex.Replace(message, $@"\b{Regex.Escape(member)}\b", shown);
    }

    /// <summary><c>MaxPerEmployeePerMonth</c> → "Max per employee per month".</summary>
    public static string InWords(string member) =>
        Regex.Replace(member, "(?<=[a-z0-9])(?=[A-Z])", " ") is var spaced && spaced.Length > 0
            ? spaced[0] + spaced[1..].ToLowerInvariant()
            : spaced;

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
