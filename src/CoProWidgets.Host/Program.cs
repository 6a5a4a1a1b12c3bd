using CoProWidgets.Host;
using CoProWidgets.Host.Accounts;

// The widget host: `dotnet run --project src/CoProWidgets.Host` serves the widgets of every organisation it holds;
// `... -- create-admin --email someone@example.org` prints an invitation for a host administrator and exits.
if (args is [CreateAdminCommand.Name, .. var rest])
{
    return await CreateAdminCommand.RunAsync(rest, Console.Out, Console.Error);
}

var app = WidgetHostApplication.Create(args);
await app.RunAsync();
return 0;

/// <summary>The widget host's entry point, visible to the tests.</summary>
public partial class Program;
