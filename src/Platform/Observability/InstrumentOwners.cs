using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Quartet.Platform.Observability;

public static class InstrumentOwners
{
    /// <summary>
    /// Registers <typeparamref name="T"/> as a singleton that is created when the host starts, so the observable
    /// gauges it owns report from the first scrape rather than from the first request that happens to need it.
    /// </summary>
    public static IServiceCollection AddInstrumentOwner<T>(this IServiceCollection services) where T : class
    {
        services.TryAddSingleton<T>();
        services.AddSingleton(new InstrumentOwner(typeof(T)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CreateOwnersAtStart>());
        return services;
    }

    private sealed record InstrumentOwner(Type Type);

    private sealed class CreateOwnersAtStart(IServiceProvider services, IEnumerable<InstrumentOwner> owners) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var owner in owners)
            {
                services.GetRequiredService(owner.Type);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
