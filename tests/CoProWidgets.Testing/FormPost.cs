using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CoProWidgets.Testing;

/// <summary>
/// A form on a page, filled in and sent as a browser would send it: hidden fields, text fields and ticked boxes, in
/// document order. Tests change values the way a visitor would, or a way no browser would, to see what the server
/// does with it.
/// </summary>
public sealed class FormPost
{
    private readonly List<KeyValuePair<string, string>> _values;

    private FormPost(string action, List<KeyValuePair<string, string>> values)
    {
        Action = action;
        _values = values;
    }

    /// <summary>The address the form posts to.</summary>
    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    /// <summary>Reads the form matching <paramref name="selector"/>, with the values it has on the page.</summary>
    public static FormPost From(IDocument page, string selector = "form[method=post]", string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches '{selector}'.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button" or "file"):
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } textArea:
                    values.Add(new(textArea.Name!, textArea.Value));
                    break;
                default:
                    break;
            }
        }

        var action = form.GetAttribute("action") ?? pageUrl ?? throw new InvalidOperationException("The form has no action: pass the page's address.");
        if (pageUrl is not null && !action.StartsWith('/'))
        {
            action = new Uri(new Uri(new Uri("http://localhost"), pageUrl), action).PathAndQuery;
        }

        return new FormPost(action, values);
    }

    /// <summary>A copy, to change and send without changing this one.</summary>
    public FormPost Copy() => new(Action, [.. _values]);

    /// <summary>The single value of a field, or null.</summary>
    public string? this[string name] => _values.Where(value => value.Key == name).Select(value => value.Value).FirstOrDefault();

    /// <summary>Gives a field one value, replacing any it had.</summary>
    public FormPost Set(string name, string value)
    {
        Remove(name);
        _values.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks a box.</summary>
    public FormPost Check(string name, string value)
    {
        _values.Add(new(name, value));
        return this;
    }

    /// <summary>Unticks a box.</summary>
    public FormPost Uncheck(string name, string value)
    {
        _values.RemoveAll(pair => pair.Key == name && pair.Value == value);
        return this;
    }

    /// <summary>Leaves a field out entirely.</summary>
    public FormPost Remove(string name)
    {
        _values.RemoveAll(pair => pair.Key == name);
        return this;
    }

    public async Task<HttpResponseMessage> PostAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(_values);
        return await client.PostAsync(new Uri(Action, UriKind.Relative), content);
    }
}
