using Microsoft.Extensions.Localization;

// Every word the library shows is in Resources/<Folder>/<Type>.resx (British English) and its translations beside it
// (<Type>.cy.resx ...), one file per marker type such as CoProWidgets.Surveys.SurveyText. Fixed here rather than taken
// from the host's LocalizationOptions.ResourcesPath, which names where the host's own resources are.
[assembly: ResourceLocation("Resources")]
