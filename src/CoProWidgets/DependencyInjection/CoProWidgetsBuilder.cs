using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets;

/// <summary>Returned by <c>AddCoProWidgets</c>, so further CoProWidgets features can be added to the same services.</summary>
/// <param name="services">The host's services.</param>
public sealed class CoProWidgetsBuilder(IServiceCollection services)
{
    /// <summary>The host's services.</summary>
    public IServiceCollection Services { get; } = services;
}
