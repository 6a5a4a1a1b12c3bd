namespace CoProWidgets.Storage;

/// <summary>One key of the CoProWidgets key ring, which signs the links in emails.</summary>
internal sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = string.Empty;

    public string Xml { get; set; } = string.Empty;
}
