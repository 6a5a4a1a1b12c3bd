using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>Who signs in at the fake provider next, and what its ID token says about them.</summary>
internal sealed record FakePerson(string Oid, string Email, string[] Groups, string[] Amr);

/// <summary>
/// An OpenID Connect provider in a test server: discovery, a key set with one RSA key, an authorization endpoint that
/// signs <see cref="Person"/> in at once and posts the code back, and a token endpoint that checks the client, the
/// redirect and the PKCE verifier before it returns an ID token signed with the key.
/// </summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string Issuer = "https://idp.test/";
    public const string ClientId = "copro-host";
    public const string ClientSecret = "not-a-real-secret";
    private const string KeyId = "test-key";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private readonly WebApplication _app;

    private FakeIdentityProvider()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "authorize",
            ["token_endpoint"] = Issuer + "token",
            ["jwks_uri"] = Issuer + "jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "form_post", "query" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var key = _rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
        });
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
    }

    /// <summary>Who signs in next.</summary>
    public FakePerson Person { get; set; } = new("00000000-0000-0000-0000-000000000001", "sam@north.example.org", [], ["pwd", "mfa"]);

    /// <summary>When set, the ID token carries this nonce instead of the one the host asked for.</summary>
    public string? NonceOverride { get; set; }

    /// <summary>The query of the last authorization request.</summary>
    public IQueryCollection? LastAuthorization { get; private set; }

    /// <summary>The host's way to the provider's discovery, keys and token endpoint.</summary>
    public HttpMessageHandler Backchannel => _app.GetTestServer().CreateHandler();

    /// <summary>The browser's way to the authorization endpoint.</summary>
    public HttpClient Browser { get; private set; } = null!;

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var provider = new FakeIdentityProvider();
        await provider._app.StartAsync();
        provider.Browser = provider._app.GetTestServer().CreateClient();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        LastAuthorization = query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["nonce"]) || string.IsNullOrEmpty(query["state"]))
        {
            return Results.BadRequest("Not an authorization code request with PKCE, state and nonce.");
        }

        var code = Guid.NewGuid().ToString("N");
        _grants[code] = new Grant(Person, query["redirect_uri"].ToString(), query["nonce"].ToString(), query["code_challenge"].ToString());
        var state = query["state"].ToString();
        if (query["response_mode"] == "form_post")
        {
            var html = $"""<!DOCTYPE html><html><body><form method="post" action="{WebUtility.HtmlEncode(query["redirect_uri"])}"><input type="hidden" name="code" value="{code}"><input type="hidden" name="state" value="{WebUtility.HtmlEncode(state)}"><button>Continue</button></form></body></html>""";
            return Results.Content(html, "text/html");
        }

        return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var verifier = form["code_verifier"].ToString();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (form["grant_type"] != "authorization_code" || !_grants.TryRemove(form["code"].ToString(), out var grant)
            || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || form["redirect_uri"] != grant.RedirectUri || verifier.Length == 0 || challenge != grant.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var now = DateTime.UtcNow;
        var person = grant.Person;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "pairwise-" + person.Oid,
                ["oid"] = person.Oid,
                ["email"] = person.Email,
                ["name"] = "Sam Example",
                ["nonce"] = NonceOverride ?? grant.Nonce,
                ["groups"] = person.Groups,
                ["amr"] = person.Amr,
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = "not-used", token_type = "Bearer", expires_in = 600, id_token = idToken });
    }

    private sealed record Grant(FakePerson Person, string RedirectUri, string Nonce, string CodeChallenge);
}
