namespace Quartet.Shop.Demo;

public static class DemoSeeder
{
    public static Task SeedAsync(IServiceProvider services, IProgress<string> progress, CancellationToken ct) => Task.CompletedTask;
}
