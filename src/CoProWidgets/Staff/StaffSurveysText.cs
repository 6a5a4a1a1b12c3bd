namespace CoProWidgets.Staff;

/// <summary>
/// The words of the staff workspace's survey pages (the first page, a survey's page, its responses, entering a
/// response, kiosk links) and of its content, preview and widget-placing pages, in
/// <c>Resources/Staff/StaffSurveysText.resx</c> and its translations. Views ask for them with
/// <c>@inject IStringLocalizer&lt;StaffSurveysText&gt; T</c>.
/// </summary>
internal sealed class StaffSurveysText;
