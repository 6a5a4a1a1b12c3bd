using CoProWidgets.Host;

// The widget host: `dotnet run --project src/CoProWidgets.Host` serves the widgets of every organisation it holds.
var app = WidgetHostApplication.Create(args);
app.Run();

/// <summary>The widget host's entry point, visible to the tests.</summary>
public partial class Program;
