using CoProWidgets.Rendering;

namespace CoProWidgets.GetInvolved;

/// <summary>What the new-link page (<c>Views/CoProWidgets/GetInvolved/NewLink.cshtml</c>) shows.</summary>
public sealed class NewLinkViewModel
{
    /// <summary>The start of the page's element ids: <c>copro-new-link</c>.</summary>
    public const string IdPrefix = "copro-new-link";

    /// <summary>The address as typed, shown again with <see cref="Errors"/>.</summary>
    public string? Email { get; init; }

    /// <summary>The problems with what was sent, if any.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>Whether the form was sent: the page then says what happens, whether or not the address is signed up.</summary>
    public bool Sent { get; init; }
}
