using System.Net.Mail;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// <c>create-admin --email someone@example.org</c>: makes the host's tables if need be, then prints a one-time link
/// that makes that person a host administrator once they choose a password and set up an authenticator app. For an
/// account that exists it is also the way back in for someone who has lost both their authenticator and their
/// recovery codes: whoever can run commands on the server is trusted with the host already.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public const int UsageError = 2;

    /// <summary>Runs the command; <paramref name="args"/> are those after its name (other settings pass through, such as --environment).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (email, rest) = ReadEmail(args);
        if (email is null || !IsEmail(email))
        {
            await error.WriteLineAsync(email is null
                ? "Give the new administrator's email address: create-admin --email someone@example.org"
                : $"'{email}' is not an email address. Give one such as: create-admin --email someone@example.org");
            return UsageError;
        }

        var builder = WebApplication.CreateBuilder(rest);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        WidgetHostApplication.AddServices(builder.Services, builder.Configuration);
        WebApplication app;
        HostLinks links;
        try
        {
            app = builder.Build();
            links = app.Services.GetRequiredService<HostLinks>();
        }
        catch (OptionsValidationException invalid)
        {
            // The host's settings are checked as the web host checks them; say what to set rather than show a trace.
            await error.WriteLineAsync(string.Join(Environment.NewLine, invalid.Failures));
            return 1;
        }

        await using var running = app;
        if (links.PublicUrl is null)
        {
            await error.WriteLineAsync(HostLinks.MissingPublicUrl);
            return 1;
        }

        await app.Services.GetRequiredService<HostDatabase>().PrepareHostAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null && (await users.GetLoginsAsync(existing)).Count > 0)
        {
            // Host administrators are local accounts with a second factor the host checks itself.
            await error.WriteLineAsync($"{email} belongs to an account that signs in with single sign-on, which cannot be a host administrator. Give the administrator another address.");
            return 1;
        }

        var issued = await scope.ServiceProvider.GetRequiredService<Invitations>()
            .CreateAsync(email, null, [], hostAdministrator: true, resetsSignIn: existing is not null, HostAudit.CommandLine, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<HostAudit>()
            .WriteAsync(HostAudit.CommandLine, existing is null ? "invited host administrator" : "invited host administrator to set up sign-in again", null, email);

        var hours = app.Services.GetRequiredService<IOptions<StaffAccountOptions>>().Value.InvitationLifetime.TotalHours;
        await output.WriteLineAsync($"""
            An invitation for {email} to administer this widget host. Open this link to choose a password and set up an authenticator app:

            {issued.Link}

            It works once, for {hours:0.#} hours. Keep it to yourself: whoever opens it first becomes that administrator.{(existing is null ? "" : $"{Environment.NewLine}The account exists: its password and authenticator app are replaced when the link is used.")}
            """);
        return 0;
    }

    private static (string? Email, string[] Others) ReadEmail(string[] args)
    {
        string? email = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--email")
            {
                email = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i].Trim() : null;
            }
            else if (args[i].StartsWith("--email=", StringComparison.Ordinal))
            {
                email = args[i]["--email=".Length..].Trim();
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (email, [.. rest]);
    }

    internal static bool IsEmail(string value) =>
        value.Length is > 2 and <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
