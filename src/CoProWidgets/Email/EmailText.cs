namespace CoProWidgets.Email;

/// <summary>
/// The words of the library's emails (subjects, bodies, the footer), in <c>Resources/Email/EmailText.resx</c> and its
/// translations. An email is rendered in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> as it is
/// queued, so setting the culture around rendering sends it in the person's language.
/// </summary>
internal sealed class EmailText;
