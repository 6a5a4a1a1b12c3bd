using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// Editors paste or upload a content file's new text and see the widget as it would render, with any error
/// (file:line) and the checklist's warnings, without saving or publishing anything.
/// </summary>
internal sealed class StaffPreview(WidgetRegistry widgets, IStringLocalizer<StaffSurveysText> words)
{
    public const string KindField = "kind";
    public const string NameField = "name";
    public const string TextField = "text";
    public const string FileField = "file";

    /// <summary>The most a preview form may carry: the largest content file, as UTF-8, sent as a file or as text.</summary>
    public const int MaxFormBytes = (ParsedContent.MaxFileLength * 4) + (16 * 1024);

    /// <summary>The kinds of content file to choose from: one for each widget that owns files.</summary>
    public IReadOnlyList<StaffChoice> Kinds(string? selected) =>
        [.. widgets.All.Where(widget => widget.Files is not null).Select(widget => new StaffChoice(widget.Kind, widget.Files!.Label, widget.Kind == selected))];

    /// <summary>Reads, checks and renders a posted preview.</summary>
    public async Task<StaffPreviewViewModel> PreviewAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var kind = BoundedForm.Value(form, KindField);
        var widget = widgets.All.FirstOrDefault(widget => widget.Files is not null && widget.Kind == kind);
        var name = BoundedForm.Value(form, NameField);
        var text = form[TextField].FirstOrDefault() ?? string.Empty;
        if (form.Files.GetFile(FileField) is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream(), detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        var errors = new List<FormError>();
        var named = widget?.Address.Naming != WidgetNaming.None;
        if (widget is null)
        {
            errors.Add(new(KindField, words["Preview.Error.Kind"]));
        }
        else if (named && (name is null || !ContentName.IsValid(name)))
        {
            errors.Add(new(NameField, words["Preview.Error.Name"]));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(TextField, words["Preview.Error.Text"]));
        }
        else if (text.Length > ParsedContent.MaxFileLength)
        {
            errors.Add(new(TextField, words["Preview.Error.TooLong", ParsedContent.MaxFileLength / 1024]));
        }

        var model = new StaffPreviewViewModel { Kinds = Kinds(widget?.Kind), Name = name, Text = text.Length > ParsedContent.MaxFileLength ? null : text, Errors = errors };
        if (widget?.Files is not { } files || errors.Count > 0)
        {
            return model;
        }

        var fileName = named ? name : null;
        var path = files.PathOf(fileName);
        using (ContentStore.Preview(path, text))
        {
            var state = files.Check(fileName);
            return model with
            {
                Path = path,
                ContentError = state.Error?.ToLocalisedString(),
                Warnings = state.Warnings,
                Call = state.Error is null ? widget.Call(fileName, 3) : null,
                PreviewText = text,
            };
        }
    }
}

/// <summary>What the staff content preview (<c>Views/CoProWidgets/Staff/Preview.cshtml</c>) shows.</summary>
public sealed record StaffPreviewViewModel
{
    /// <summary>The kinds of file, to choose from.</summary>
    public required IReadOnlyList<StaffChoice> Kinds { get; init; }

    /// <summary>The file's name, as typed.</summary>
    public string? Name { get; init; }

    /// <summary>The text, shown again in the form.</summary>
    public string? Text { get; init; }

    /// <summary>Problems with the form, for the error summary.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>The path the file would have, once previewed.</summary>
    public string? Path { get; init; }

    /// <summary>What is wrong with the text as a content file (file:line: message), if anything.</summary>
    public string? ContentError { get; init; }

    /// <summary>The communication checklist's warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the form posts.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>The content files page.</summary>
    public string ContentUrl { get; init; } = string.Empty;

    internal WidgetCall? Call { get; init; }

    internal string? PreviewText { get; init; }
}
