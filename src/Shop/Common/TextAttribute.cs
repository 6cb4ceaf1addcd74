using System.ComponentModel.DataAnnotations;

namespace Quartet.Shop.Common;

/// <summary>
/// A string that, once trimmed, has between <paramref name="min"/> and <paramref name="max"/> characters
/// (spec: strings are trimmed before they are validated). With min 0 the value may be absent.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextAttribute(int min, int max) : ValidationAttribute
{
    public int Min { get; } = min;

    public int Max { get; } = max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var length = (value as string)?.Trim().Length ?? 0;
        if (value is null && Min == 0)
        {
            return ValidationResult.Success;
        }

        if (length < Min || length > Max)
        {
            var message = Min == 0 ? $"Must be at most {Max} characters." : $"Must be {Min}–{Max} characters (after trimming spaces).";
            return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
        }

        return ValidationResult.Success;
    }
}

public static class TextExtensions
{
    public static string? TrimToNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
