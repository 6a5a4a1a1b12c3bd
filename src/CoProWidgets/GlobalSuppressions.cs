using System.Diagnostics.CodeAnalysis;

// Razor's generated code makes HtmlString for the views' own literal attribute values, which the banned-API rule cannot
// tell from a view writing raw text. The views are held instead by ViewSafetyTests (no Html.Raw, no HtmlString in any
// .cshtml); the rule holds every C# file (BannedSymbols.txt).
[assembly: SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Scope = "namespaceanddescendants", Target = "~N:AspNetCoreGeneratedDocument", Justification = "Razor's generated code; views are checked by ViewSafetyTests.")]
