namespace CoProWidgets.SurveyResults;

/// <summary>
/// Arithmetic modulo the prime 2^61 - 1, so the audit decides what the equations determine without rounding. (The
/// audit asks whether a sum vanishes on a random solution of the equations with zero right-hand sides: a sum the
/// equations determine always does, whatever the arithmetic, and one they do not vanishes only by a chance of about
/// 2^-61, which makes the auditor think more is derivable than is: the safe side.)
/// </summary>
internal static class ModPrime
{
    public const ulong Prime = (1UL << 61) - 1;

    public static ulong FromLong(long value) => value >= 0 ? (ulong)value % Prime : (Prime - ((ulong)(-value) % Prime)) % Prime;

    public static ulong Add(ulong a, ulong b)
    {
        var sum = a + b;
        return sum >= Prime ? sum - Prime : sum;
    }

    public static ulong Negate(ulong a) => a == 0 ? 0 : Prime - a;

    public static ulong Multiply(ulong a, ulong b)
    {
        var product = (UInt128)a * b;
        var low = (ulong)product & Prime;
        var high = (ulong)(product >> 61);
        return Add(low, high % Prime);
    }

    public static ulong Inverse(ulong a)
    {
        // Fermat: a^(p-2).
        ulong result = 1, power = a;
        for (var exponent = Prime - 2; exponent > 0; exponent >>= 1)
        {
            if ((exponent & 1) != 0)
            {
                result = Multiply(result, power);
            }

            power = Multiply(power, power);
        }

        return result;
    }
}
