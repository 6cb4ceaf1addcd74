using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartet.Meals.Admin;
using Quartet.Meals.Budgets;
using Quartet.Meals.Categories;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Demo;
using Quartet.Meals.Expenses;
using Quartet.Meals.Exports;
using Quartet.Meals.Imports;
using Quartet.Meals.Maintenance;
using Quartet.Meals.Privacy;
using Quartet.Meals.Receipts;
using Quartet.Meals.Reports;
using Quartet.Meals.Restaurants;
using Quartet.Meals.Settings;
using Quartet.Meals.Tags;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;
using Quartet.Platform.Modules;

namespace Quartet.Meals;

public sealed class MealsModule : QuartetModule
{
    public const string AdminRole = "meals.admin";

    public override string Key => "meals";

    public override string Name => "Meal Expense Tracker";

    public override string Description => "Track what you spend eating out, with budgets and reports.";

    public override IReadOnlyList<string> Roles => [AdminRole];

    public override IReadOnlyList<ScheduledJob> Jobs =>
    [
        new("meals purge-expired", JobCommand.Name(MealsJobs.App, MealsJobs.PurgeExpiredJob), JobSchedule.Hourly(20), TimeSpan.FromMinutes(55)),
        new("meals purge-audit", JobCommand.Name(MealsJobs.App, MealsJobs.PurgeAuditJob), JobSchedule.Daily(1, 20), TimeSpan.FromMinutes(25)),
        new("meals sweep-blobs", JobCommand.Name(MealsJobs.App, MealsJobs.SweepBlobsJob), JobSchedule.Daily(4, 20), TimeSpan.FromMinutes(25)),
        new("meals verify-integrity", JobCommand.Name(MealsJobs.App, MealsJobs.VerifyIntegrityJob), JobSchedule.Weekly(DayOfWeek.Sunday, 3, 20), TimeSpan.FromMinutes(55)),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MealsDb, SqliteMealsDb, PostgresMealsDb, MySqlMealsDb>(configuration, MealsDb.Key, "20261201000000_MealsInitial", "20261202000000_MealsReportIndex", "20261203000000_MealsReceiptUploads");
        services.Configure<MealsOptions>(configuration.GetSection(MealsOptions.Section));
        services.AddScoped<MealsUser>();
        services.AddScoped<BudgetAlertMails>();
        services.AddMailOutbox<MealsDb>();
        services.AddMailTopic(BudgetAlertMails.Topic, BudgetAlertMails.TopicLabel);
        services.AddScoped<Quartet.Platform.Accounts.IAccountDeletionHandler, Privacy.MealsAccountDeletion>();
        services.AddSingleton<ReceiptBlobs>();
        services.AddSingleton<MealsMetrics>();
        services.AddSingleton<AggregateCache>();
        services.TryAddSingleton<ImportApplyHooks>();
        services.AddSingleton<DataExportBuilder>();
        services.AddHostedService<DataExportWorker>();
    }

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        var user = api.MapGroup("").RequireAuthorization().AddEndpointFilter(MealsAccess.FilterAsync);
        GetSettings.Map(user);
        UpdateSettings.Map(user);
        CreateRestaurant.Map(user);
        GetRestaurant.Map(user);
        SuggestCategory.Map(user);
        UpdateRestaurant.Map(user);
        DeleteRestaurant.Map(user);
        ListRestaurants.Map(user);
        ExportRestaurants.Map(user);
        PlaceSearch.Map(user);
        CreateExpense.Map(user);
        GetExpense.Map(user);
        UpdateExpense.Map(user);
        DeleteExpense.Map(user);
        ListExpenses.Map(user);
        SummarizeExpenses.Map(user);
        BulkDeleteExpenses.Map(user);
        UploadReceipt.Map(user);
        DownloadReceipt.Map(user);
        RemoveReceipt.Map(user);
        ListCategories.Map(user);
        CreateCategory.Map(user);
        UpdateCategory.Map(user);
        DeleteCategory.Map(user);
        RestoreDefaultCategories.Map(user);
        ListTags.Map(user);
        CreateTag.Map(user);
        UpdateTag.Map(user);
        DeleteTag.Map(user);
        MergeTags.Map(user);
        ListBudgets.Map(user);
        CreateBudget.Map(user);
        UpdateBudget.Map(user);
        DeleteBudget.Map(user);
        GetBudgetStatus.Map(user);
        UploadImport.Map(user);
        GetImportTemplate.Map(user);
        GetImport.Map(user);
        ChangeImportOptions.Map(user);
        ListImportRows.Map(user);
        DecideImportRows.Map(user);
        DiscardImport.Map(user);
        ApplyImport.Map(user);
        ExportExpensesByFilter.Map(user);
        ExportExpensesByIds.Map(user);
        GetReport.Map(user);
        GetDashboard.Map(user);
        GetCalendar.Map(user);
        DeleteMyData.Map(user);
        RequestDataExport.Map(user);
        ListDataExports.Map(user);
        GetDataExport.Map(user);
        DownloadDataExport.Map(user);

        var admin = api.MapGroup("/admin").RequireAuthorization(p => p.RequireRole(AdminRole));
        ListMealUsers.Map(admin);
        DeactivateUser.Map(admin);
        ReactivateUser.Map(admin);
        ResetPassword.Map(admin);
        ListAuditEntries.Map(admin);
    }

    public override void AddCommands(Command moduleCommand, CommandContext context) => MealsCommands.Add(moduleCommand, context);

    public override async Task<IReadOnlyList<string>> CheckIntegrityAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await VerifyIntegrity.FindProblemsAsync(scope.ServiceProvider.GetRequiredService<MealsDb>(), scope.ServiceProvider.GetRequiredService<ReceiptBlobs>(), cancellationToken);
    }

    public override IReadOnlyList<DemoLogin> DemoLogins => [new("meals", "diner (1,500 expenses)", DemoSeeder.DemoEmail, DemoSeeder.DemoPassword)];

    public override async Task SeedDemoAsync(IServiceProvider services, IProgress<string> progress, CancellationToken cancellationToken) =>
        progress.Report(await DemoSeeder.RunAsync(services, new DemoSeeder.Options(DemoSeeder.DemoEmail, 1500, 42, Replace: false), progress, cancellationToken));
}
