using CoProWidgets.Host.Accounts;

namespace CoProWidgets.Host.Pages;

/// <summary>The authenticator app's key and what is wrong with the code typed, for the <c>_AuthenticatorSetup</c> partial.</summary>
internal sealed record AuthenticatorSetupView(AuthenticatorKey Key, string? Error);
