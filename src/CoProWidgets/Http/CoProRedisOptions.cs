namespace CoProWidgets;

/// <summary>
/// Redis, for several servers behind one address (section <c>CoProWidgets:Redis</c>). It is used only when the
/// connection string <c>ConnectionStrings:Redis</c> is set (a StackExchange.Redis configuration string, for example
/// <c>redis.internal:6379,password=...,ssl=true</c>): then every server spends each client's form budgets from the
/// same place, instead of each giving a client a budget of its own.
/// </summary>
public sealed class CoProRedisOptions
{
    /// <summary>The name of the connection string that points at Redis: <c>Redis</c>.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// What every key the library writes starts with, so that one Redis can serve several sites or organisations:
    /// letters, digits, '-', '_' and '.', in parts each ending with ':', such as <c>copro:healthwatch-east:</c>. What
    /// follows it in a key holds a '/' before any ':', so keys under two different prefixes never meet, even when one
    /// prefix begins with the other. The default is <c>copro:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "copro:";
}
