using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Security", "CA5394:Do not use insecure randomness", Scope = "type", Target = "~T:Quartet.Meals.Demo.DemoSeeder", Justification = "Made-up demo expenses from a fixed seed so every demo looks the same; nothing secret is drawn.")]
