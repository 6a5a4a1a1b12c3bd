namespace CoProWidgets;

/// <summary>Where CoProWidgets stores what visitors send (configuration section <c>CoProWidgets:Database</c>).</summary>
public sealed class CoProDatabaseOptions
{
    /// <summary>
    /// The database. The default is <see cref="CoProDatabaseProvider.Sqlite"/>: a file under <c>App_Data</c>, created
    /// at start-up with no configuration. For several servers, set <see cref="CoProDatabaseProvider.PostgreSql"/> and
    /// the connection string <c>ConnectionStrings:CoProWidgets</c>.
    /// </summary>
    public CoProDatabaseProvider Provider { get; set; } = CoProDatabaseProvider.Sqlite;

    /// <summary>
    /// The SQLite file, absolute or relative to the content root, used when no <c>ConnectionStrings:CoProWidgets</c>
    /// is given. The default is <c>App_Data/coprowidgets.db</c>.
    /// </summary>
    public string SqlitePath { get; set; } = "App_Data/coprowidgets.db";
}

/// <summary>The databases CoProWidgets can store data in; both have the same schema and migrations.</summary>
public enum CoProDatabaseProvider
{
    /// <summary>An embedded SQLite file in WAL mode: for one server.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several servers sharing one database.</summary>
    PostgreSql,
}
