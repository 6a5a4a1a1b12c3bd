using CoProWidgets.Content;
using CoProWidgets.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoProWidgets.DependencyInjection;

/// <summary>Checks the options at start-up and says exactly which setting to change.</summary>
internal sealed partial class CoProWidgetsOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<CoProWidgetsOptions>
{
    private const string Section = CoProWidgetsOptions.SectionName;
    private static readonly System.Text.RegularExpressions.Regex s_keyPrefix = new("^(?=.{1,100}$)([A-Za-z0-9._-]+:)+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
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

        if (options.WrittenAnswersDays is < 30 or > 3650)
        {
            failures.Add($"{Section}:WrittenAnswersDays is {options.WrittenAnswersDays}. It must be from 30 to 3650; the default is 365.");
        }

        failures.AddRange(options.Kiosk.Problems(Section));
        failures.AddRange(options.AccessibilityStatement.Problems(Section));
        failures.AddRange(options.EasyRead.Problems(Section));
        if (options.QuoteWordingDays is < 1 or > 365)
        {
            failures.Add($"{Section}:QuoteWordingDays is {options.QuoteWordingDays}. It must be from 1 to 365; the default is 30.");
        }

        if (options.SavedAnswersDays is < 1 or > 90)
        {
            failures.Add($"{Section}:SavedAnswersDays is {options.SavedAnswersDays}. It must be from 1 to 90; the default is 7.");
        }

        if (options.Safeguarding.NotifyAtMostEvery < TimeSpan.FromMinutes(1) || options.Safeguarding.NotifyAtMostEvery > TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:Safeguarding:NotifyAtMostEvery is {options.Safeguarding.NotifyAtMostEvery}. It must be from a minute to a day; the default is an hour.");
        }

        if (options.Safeguarding.NotifyEmail is { } notify && !System.Net.Mail.MailAddress.TryCreate(notify, out _))
        {
            failures.Add($"{Section}:Safeguarding:NotifyEmail is not an email address. Set the address your safeguarding lead reads, or leave it out.");
        }

        if (options.AuditLogDays is < 30 or > 3650)
        {
            failures.Add($"{Section}:AuditLogDays is {options.AuditLogDays}. It must be from 30 to 3650: long enough to answer for what staff did, short enough to be deleted.");
        }

        if (options.StaffLayout is { } layout && !IsViewPath(layout))
        {
            failures.Add($"{Section}:StaffLayout is '{layout}'. It must be a layout's path from the content root, starting with '/' or '~/' and ending '.cshtml', for example '/Pages/Shared/_Layout.cshtml'; leave it unset for the library's own staff layout, which loads no script.");
        }

        foreach (var (setting, value) in (ReadOnlySpan<(string, string?)>)[("PeoplePolicy", options.PeoplePolicy), ("ModerationPolicy", options.ModerationPolicy), ("PublishingPolicy", options.PublishingPolicy)])
        {
            if (value is not null && string.IsNullOrWhiteSpace(options.StaffPolicy))
            {
                failures.Add($"{Section}:{setting} is '{value}', but {Section}:StaffPolicy is not set. {setting} narrows who may use part of the staff workspace, which exists only with StaffPolicy: set StaffPolicy too, or remove {setting}.");
            }
            else if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{Section}:{setting} is empty. Name an authorization policy, or leave it unset to use StaffPolicy alone.");
            }
        }

        if (options.DefaultHeadingLevel is < 1 or > 5)
        {
            failures.Add($"{Section}:DefaultHeadingLevel is {options.DefaultHeadingLevel}. It must be from 1 to 5, so the widget's own headings fit below it.");
        }

        if (options.SiteUrl is { } site && (!site.IsAbsoluteUri || (site.Scheme != Uri.UriSchemeHttps && site.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add($"{Section}:SiteUrl is '{site}'. It must be the site's full address, for example 'https://www.example.org/'.");
        }

        if (options.GetInvolved.SignUpPage is { Length: > 0 } signUpPage && !CoProGetInvolvedOptions.IsValidPage(signUpPage))
        {
            failures.Add($"{Section}:GetInvolved:SignUpPage is '{signUpPage}'. It must be the path of the page that shows the get-involved form on this site, such as '/get-involved', or a full https address; leave it unset for the library's own sign-up page.");
        }

        foreach (var (budget, limit) in options.RateLimits.All())
        {
            if (limit.PermitLimit < 1 || limit.Window < TimeSpan.FromSeconds(1) || limit.Window / limit.PermitLimit < TimeSpan.FromMilliseconds(1))
            {
                failures.Add($"{Section}:RateLimits:{budget} needs a PermitLimit of at least 1 and a Window of at least a second (and at least a millisecond a post), for example 60 and '01:00:00'.");
            }
        }

        if (options.Results.RefreshInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{Section}:Results:RefreshInterval is {options.Results.RefreshInterval}. It must be at least a second; the default is a day.");
        }

        if (options.Results.BurstResponses < 2)
        {
            failures.Add($"{Section}:Results:BurstResponses is {options.Results.BurstResponses}. It must be at least 2; the default is 10.");
        }

        if (options.Results.BurstWindow < TimeSpan.FromMinutes(1) || options.Results.BurstWindow > TimeSpan.FromDays(7))
        {
            failures.Add($"{Section}:Results:BurstWindow is {options.Results.BurstWindow}. It must be from a minute to 7 days; the default is an hour.");
        }

        if (options.Results.SuppressBelow < 3)
        {
            failures.Add($"{Section}:Results:SuppressBelow is {options.Results.SuppressBelow}. It must be at least 3, so that no published figure can point to one person's answers; the default is 10.");
        }

        if (options.Outcomes.PageSize is < 1 or > 100 || options.Outcomes.CheckInterval <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Outcomes needs a PageSize from 1 to 100 and a CheckInterval longer than zero, for example 10 and '00:01:00'.");
        }

        foreach (var origin in options.Embed.AllowedOrigins)
        {
            if (Embed.EmbedOrigins.Normalize(origin) is null)
            {
                failures.Add($"{Section}:Embed:AllowedOrigins holds '{origin}'. Each entry must be one site's origin: scheme, host and port only, with no path and no wildcard, for example 'https://www.healthwatch-example.org.uk'.");
            }
        }

        if (options.Embed.FormLifetime < TimeSpan.FromMinutes(1) || options.Embed.FormLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:Embed:FormLifetime is {options.Embed.FormLifetime}. It must be from '00:01:00' to '1.00:00:00'; the default is '04:00:00'.");
        }

        ValidateLanguages(options, failures);
        ValidateStorage(options, failures);
        ValidateRedis(options, failures);
        ValidateEmail(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsViewPath(string path) =>
        (path.StartsWith('/') || path.StartsWith("~/", StringComparison.Ordinal))
        && path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)
        && !path.Contains("..", StringComparison.Ordinal);

    private void ValidateStorage(CoProWidgetsOptions options, List<string> failures)
    {
        var connectionString = configuration.GetConnectionString(CoProDbContextFactory.ConnectionStringName);
        if (options.Database.Provider == CoProDatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add($"{Section}:Database:Provider is PostgreSql, but ConnectionStrings:{CoProDbContextFactory.ConnectionStringName} is not set. Set it to the PostgreSQL connection string, for example 'Host=db;Database=coprowidgets;Username=copro;Password=...'.");
        }

        if (options.Database.Provider == CoProDatabaseProvider.Sqlite && connectionString is null && string.IsNullOrWhiteSpace(options.Database.SqlitePath))
        {
            failures.Add($"{Section}:Database:SqlitePath is empty. Set it to the SQLite file to use, for example 'App_Data/coprowidgets.db'.");
        }
    }

    private void ValidateRedis(CoProWidgetsOptions options, List<string> failures)
    {
        var setting = configuration.GetConnectionString(CoProRedisOptions.ConnectionStringName);
        if (setting is not null)
        {
            var valid = false;
            try
            {
                valid = StackExchange.Redis.ConfigurationOptions.Parse(setting).EndPoints.Count > 0;
            }
            catch (ArgumentException)
            {
            }

            if (!valid)
            {
                failures.Add($"ConnectionStrings:{CoProRedisOptions.ConnectionStringName} is set but is not a Redis configuration string with a server in it. Set it to the server and its options, for example 'redis.internal:6379,password=...,ssl=true', or remove it to keep form budgets in each server's memory.");
            }
        }

        if (!s_keyPrefix.IsMatch(options.Redis.KeyPrefix))
        {
            failures.Add($"{Section}:Redis:KeyPrefix is '{options.Redis.KeyPrefix}'. It must be up to 100 letters, digits, '-', '_' and '.', in parts that each end with ':', for example 'copro:' (the default) or 'copro:healthwatch-east:'.");
        }
    }

    private static void ValidateEmail(CoProWidgetsOptions options, List<string> failures)
    {
        var email = options.Email;
        if (!MailboxAddress.TryParse(email.From, out var from) || string.IsNullOrEmpty(from.Domain))
        {
            failures.Add($"{Section}:Email:From is '{email.From}', which is not an email address. Set it to the address messages come from.");
        }

        if (email.Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"{Section}:Email:Smtp:Port is {email.Smtp.Port}. It must be from 1 to 65535, usually 587 (STARTTLS) or 465 (TLS).");
        }

        if (email.Smtp.Timeout <= TimeSpan.Zero || email.PollInterval <= TimeSpan.Zero || email.RetryDelay <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Email:Smtp:Timeout, PollInterval and RetryDelay must all be longer than zero, for example '00:00:30'.");
        }

        if (email.MaxAttempts < 1)
        {
            failures.Add($"{Section}:Email:MaxAttempts is {email.MaxAttempts}. It must be at least 1.");
        }

        if (email.MaxPerAddressPerDay is < 1 or > 20)
        {
            failures.Add($"{Section}:Email:MaxPerAddressPerDay is {email.MaxPerAddressPerDay}. It must be from 1 to 20; the default is 3.");
        }

        if (email.KeepSentFor < TimeSpan.FromHours(1) || email.KeepSentFor > TimeSpan.FromDays(3650))
        {
            failures.Add($"{Section}:Email:KeepSentFor is {email.KeepSentFor}. It must be from '01:00:00' to '3650.00:00:00'; the default is '30.00:00:00'.");
        }
    }
}
