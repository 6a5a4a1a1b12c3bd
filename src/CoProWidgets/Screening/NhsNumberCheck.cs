namespace CoProWidgets.Screening;

/// <summary>The modulus 11 check on an NHS number, which tells a real one from most other runs of ten digits.</summary>
internal static class NhsNumberCheck
{
    /// <summary>Whether ten digits carry a valid NHS number check digit.</summary>
    public static bool IsValid(string digits)
    {
        if (digits is not { Length: 10 } || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits[9] - '0';
    }
}
