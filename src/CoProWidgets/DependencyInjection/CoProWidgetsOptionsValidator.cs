using CoProWidgets.Content;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoProWidgets;

/// <summary>Checks the options at start-up and says exactly which setting to change.</summary>
internal sealed class CoProWidgetsOptionsValidator(IHostEnvironment environment) : IValidateOptions<CoProWidgetsOptions>
{
    private const string Section = CoProWidgetsOptions.SectionName;
    private static readonly System.Buffers.SearchValues<char> s_badPrefixChars = System.Buffers.SearchValues.Create("{}?#*\\ ");

    public ValidateOptionsResult Validate(string? name, CoProWidgetsOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ContentPath))
        {
            failures.Add($"{Section}:ContentPath is empty. Set it to the folder that holds the Markdown content, for example 'Content/CoProduction'.");
        }
        else
        {
            var root = ContentStore.ResolveRoot(options, environment);
            if (!Directory.Exists(root))
            {
                failures.Add($"{Section}:ContentPath points to '{root}', which does not exist. Create the folder, or set {Section}:ContentPath to the folder that holds the Markdown content.");
            }
        }

        var prefix = options.RoutePrefix;
        if (string.IsNullOrEmpty(prefix) || prefix[0] != '/' || (prefix.Length > 1 && prefix[^1] == '/') || prefix.AsSpan().IndexOfAny(s_badPrefixChars) >= 0)
        {
            failures.Add($"{Section}:RoutePrefix is '{prefix}'. It must start with '/', not end with '/', and hold no spaces or any of {{ }} ? # * \\, for example '/copro'.");
        }

        if (options.DefaultHeadingLevel is < 1 or > 5)
        {
            failures.Add($"{Section}:DefaultHeadingLevel is {options.DefaultHeadingLevel}. It must be from 1 to 5, so the widget's own headings fit below it.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
