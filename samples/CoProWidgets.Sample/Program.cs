using CoProWidgets.Sample;
using Microsoft.AspNetCore.Authentication.Cookies;

var builder = WebApplication.CreateBuilder(args);

var razorPages = builder.Services.AddRazorPages();
if (builder.Environment.IsDevelopment())
{
    // Runtime compilation is obsolete in .NET 10 (ASPDEPR003) and replaced by Hot Reload, but Hot Reload does not
    // pick up a view a host adds to override a library view. The sample keeps it, in Development only, so an
    // overridden CoProWidgets view can be edited and seen on refresh.
#pragma warning disable ASPDEPR003
    razorPages.AddRazorRuntimeCompilation();
#pragma warning restore ASPDEPR003
}

// Staff sign in with a cookie; the one staff user is in appsettings.Development.json (SampleStaff), so a newcomer can
// open the staff workspace (/copro/staff) straight after `dotnet run`. A real site uses its own sign-in instead.
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Staff/SignIn";
        options.AccessDeniedPath = "/Staff/SignIn";
        options.Cookie.Name = "riverside-staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
    });
builder.Services.AddAuthorization(options => options.AddPolicy(SampleStaff.Policy, policy => policy.RequireRole(SampleStaff.Role)));
builder.Services.Configure<SampleStaff>(builder.Configuration.GetSection(SampleStaff.SectionName));

builder.Services.AddCoProWidgets(options => options.StaffPolicy = SampleStaff.Policy);

// The site is in British English, Welsh, Polish and Urdu (the languages the library's words are translated into and
// CoProWidgets:Languages offers by default). A visitor's language comes from ?lang=cy (the parameter the widgets'
// language switcher links carry), then the cookie, then the browser's Accept-Language; British English otherwise.
builder.Services.AddRequestLocalization(options =>
{
    string[] languages = ["en-GB", "cy", "pl", "ur"];
    options.SetDefaultCulture(languages[0]).AddSupportedCultures(languages).AddSupportedUICultures(languages);
    options.RequestCultureProviders =
    [
        new Microsoft.AspNetCore.Localization.QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
        new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider(),
        new Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider(),
    ];
});
if (builder.Environment.IsDevelopment())
{
    // The site's address and the demo's origin follow the addresses the sample is run on, whatever their ports.
    builder.Services.AddOptions<CoProWidgets.CoProWidgetsOptions>()
        .Configure<IConfiguration>((options, configuration) => SampleAddresses.From(configuration).ApplyTo(options));
}

var app = builder.Build();

// In Development the second address the sample is run on plays another organisation's site: a static page showing
// every widget through the embed script, under a strict Content-Security-Policy, from another origin.
if (app.Environment.IsDevelopment())
{
    EmbedDemoSite.Map(app, SampleAddresses.From(app.Configuration));
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.Use(async (context, next) =>
{
    // A strict policy, as many council and NHS sites send: the widgets need no inline script or style.
    var headers = context.Response.Headers;
    headers.ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    headers.XContentTypeOptions = "nosniff";
    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    await next(context);
});

app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapCoProWidgets();

app.Run();

/// <summary>The sample site's entry point, visible to the integration tests.</summary>
public partial class Program;
