using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoProWidgets.Sample.Pages;

/// <summary>The home page.</summary>
public sealed class IndexModel : PageModel
{
}
