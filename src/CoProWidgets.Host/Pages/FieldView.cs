namespace CoProWidgets.Host.Pages;

/// <summary>One labelled form field with its hint and error, shown by the <c>_Field</c> partial.</summary>
/// <param name="Name">The field's id and the property it posts to.</param>
/// <param name="Label">Its label.</param>
/// <param name="Value">What is in it.</param>
/// <param name="Error">What is wrong with it, if anything.</param>
/// <param name="Hint">What to write.</param>
/// <param name="Type">The input type, or <c>textarea</c>.</param>
/// <param name="Autocomplete">The autocomplete token; off by default.</param>
public sealed record FieldView(string Name, string Label, string? Value, string? Error, string? Hint, string Type, string Autocomplete = "off");
