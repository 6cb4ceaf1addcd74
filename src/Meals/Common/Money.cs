namespace Quartet.Meals.Common;

public static class Money
{
    public const long MaxAbsMinor = 1_000_000_000;

    /// <summary>Integer division rounded half away from zero (1000/3 → 333; 1001/2 → 501; −1001/2 → −501).</summary>
    public static long DivideRounded(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            return 0;
        }

        var quotient = Math.DivRem(Math.Abs(numerator), Math.Abs(denominator), out var remainder);
        if (remainder * 2 >= Math.Abs(denominator))
        {
            quotient++;
        }

        return (numerator < 0) ^ (denominator < 0) ? -quotient : quotient;
    }
}
