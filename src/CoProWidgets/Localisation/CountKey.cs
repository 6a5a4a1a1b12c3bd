namespace CoProWidgets.Localisation;

/// <summary>
/// The resource key for a sentence with a count in it: <c>Key.One</c> for one, <c>Key.Other</c> for any other number.
/// Two forms are enough where each translation words the sentence so its other plural forms read the same (Welsh
/// "7 diwrnod", Polish "7 dni" and "2 dni"); a sentence needing more forms words the number apart.
/// </summary>
internal static class CountKey
{
    public static string For(string key, int count) => count == 1 ? key + ".One" : key + ".Other";
}
