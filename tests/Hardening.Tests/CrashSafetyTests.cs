using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Quartet.Hardening.Tests;

/// <summary>
/// Item 4: the real program, writing for three apps at once (shop redemptions, meal-import applies, live votes), is
/// killed with SIGKILL mid-stream, restarted on the same storage, and must still hold every acknowledged write,
/// nothing half-written, and pass the shop's reconcile command. Unacknowledged requests are retried with the same
/// idempotency key / request id, so at the end the exact totals are known.
/// </summary>
public abstract class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 2;
    private const int Employees = 6;
    private const int InitialStock = 100_000;
    private const int Funding = 100_000;
    private const int RowsPerImport = 250;
    private const int Participants = 120;

    protected abstract TestProvider Provider { get; }

    [Fact]
    public async Task Every_acknowledged_write_survives_SIGKILL_and_nothing_is_half_written()
    {
        await using var deployment = await ProcessDeployment.CreateAsync(Provider, new Dictionary<string, string>
        {
            ["Quartet__Auth__DefaultRoles__0"] = "shop.employee",
            ["Quartet__Auth__DefaultRoles__1"] = "shop.admin",
            ["Quartet__Auth__DefaultRoles__2"] = "live.host",
            ["Live__JoinsPerIpPerMinute"] = "100000",
        });
        var log = $"crash-{Provider}".ToLowerInvariant();
        var host = await deployment.ServeAsync(log);
        var stats = new RunStats();
        try
        {
            var world = await World.CreateAsync(host.BaseAddress);
            for (var kill = 1; kill <= Kills; kill++)
            {
                using var stop = new CancellationTokenSource();
                var writers = world.Writers(host.BaseAddress, kill, stats, stop.Token);
                await world.WaitForProgressAsync(stats, TimeSpan.FromSeconds(60));
                await host.KillAsync();
                stop.Cancel();
                await Task.WhenAll(writers);
                stats.KillsSurvived++;
                output.WriteLine($"kill {kill}: in flight at the kill — shop {world.Shop.Unknown.Count}, meals {world.Meals.Unknown.Count}, live {world.Live.Unknown.Count}");
                await host.DisposeAsync();
                host = await deployment.ServeAsync(log);
                await world.VerifyAcknowledgedAsync(host.BaseAddress, stats);
                await world.RetryUnknownAsync(host.BaseAddress, stats);
            }

            await world.FinishAsync(host.BaseAddress, stats);
            await world.VerifyExactTotalsAsync(host.BaseAddress);
        }
        finally
        {
            await host.DisposeAsync();
        }

        var (exit, reconcile) = await deployment.RunAsync(log, "shop", "reconcile");
        exit.ShouldBe(0, reconcile);
        output.WriteLine($"{Provider}: {stats.Sent} requests, {stats.ServerErrors} 5xx, {stats.KillsSurvived} kills survived, reconcile exit {exit}");
        ReliabilityFigures.Record($"crash safety ({Provider})", stats.Sent, stats.ServerErrors, 0, stats.KillsSurvived);
        stats.ServerErrors.ShouldBe(0, string.Join("\n", stats.Errors.Take(20)));
    }

    public sealed class RunStats
    {
        private int sent;
        private int serverErrors;

        public ConcurrentQueue<string> Errors { get; } = new();

        public int Sent => sent;

        public int ServerErrors => serverErrors;

        public int KillsSurvived { get; set; }

        public async Task<HttpResponseMessage> CountAsync(Task<HttpResponseMessage> request, string what)
        {
            Interlocked.Increment(ref sent);
            var response = await request;
            if ((int)response.StatusCode >= 500)
            {
                Interlocked.Increment(ref serverErrors);
                Errors.Enqueue($"{what} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return response;
        }
    }

    /// <summary>The data written so far, split into acknowledged and in-flight-at-the-kill (unknown) writes.</summary>
    private sealed class World
    {
        private World(string adminToken, Guid productId, List<Accounts.Account> employees, List<Accounts.Account> meals, LiveSetup live)
        {
            AdminToken = adminToken;
            ProductId = productId;
            EmployeeAccounts = employees;
            MealsAccounts = meals;
            LiveSession = live;
        }

        public string AdminToken { get; }

        public Guid ProductId { get; }

        public List<Accounts.Account> EmployeeAccounts { get; }

        public List<Accounts.Account> MealsAccounts { get; }

        public LiveSetup LiveSession { get; }

        public Ledger<(int Employee, string Key), Guid> Shop { get; } = new();

        public Ledger<(int User, Guid Batch), bool> Meals { get; } = new();

        public Ledger<int, bool> Live { get; } = new();

        private int liveNext;

        public sealed record LiveSetup(string HostToken, Guid Session, Guid Activity, string Code, List<(Guid Id, string Token)> Phones);

        public static async Task<World> CreateAsync(Uri baseAddress)
        {
            var admin = await Accounts.RegisterAsync(baseAddress, "admin");
            using var client = Accounts.Client(baseAddress, admin.Token);
            var product = await client.PostAsJsonAsync("/api/shop/admin/products", new
            {
                name = "Crash-test mug",
                description = "Redeemed while the host is killed",
                category = "Gadgets",
                pointsCost = 1,
                stock = InitialStock,
                isActive = true,
            });
            product.StatusCode.ShouldBe(HttpStatusCode.Created, await product.Content.ReadAsStringAsync());
            var productId = (await product.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var employees = new List<Accounts.Account>();
            for (var i = 0; i < Employees; i++)
            {
                var employee = await Accounts.RegisterAsync(baseAddress, $"employee{i}");
                var grant = await client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = Funding, reason = "crash test" });
                grant.StatusCode.ShouldBe(HttpStatusCode.Created, await grant.Content.ReadAsStringAsync());
                employees.Add(employee);
            }

            var meals = new List<Accounts.Account> { await Accounts.RegisterAsync(baseAddress, "meals0"), await Accounts.RegisterAsync(baseAddress, "meals1") };

            var session = await (await client.PostAsJsonAsync("/api/live/sessions", new { title = "Crash session", settings = new { maxParticipants = 20000 } })).Content.ReadFromJsonAsync<JsonElement>();
            var sessionId = session.GetProperty("id").GetGuid();
            var activity = await client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", new
            {
                type = "poll",
                title = "Still counting?",
                resultsMode = "live",
                config = new { options = new[] { "A", "B", "C", "D" }, allowChange = true },
            });
            var activityId = (await activity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await client.PostAsync($"/api/live/sessions/{sessionId}/start", null)).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
            var code = session.GetProperty("code").GetString()!;
            var phones = new List<(Guid, string)>();
            using var anonymous = Accounts.Client(baseAddress, null);
            foreach (var batch in Enumerable.Range(0, Participants).Chunk(20))
            {
                phones.AddRange(await Task.WhenAll(batch.Select(async i =>
                {
                    var joined = await anonymous.PostAsJsonAsync("/api/live/join", new { code, nickname = $"Phone {i}" });
                    joined.IsSuccessStatusCode.ShouldBeTrue(await joined.Content.ReadAsStringAsync());
                    var body = await joined.Content.ReadFromJsonAsync<JsonElement>();
                    var token = body.GetProperty("token").GetString()!;
                    SecretsLedger.Record(token);
                    return (body.GetProperty("participantId").GetGuid(), token);
                })));
            }

            return new World(admin.Token, productId, employees, meals, new LiveSetup(admin.Token, sessionId, activityId, code, phones));
        }

        public Task[] Writers(Uri baseAddress, int round, RunStats stats, CancellationToken stop)
        {
            var tasks = new List<Task>();
            for (var e = 0; e < EmployeeAccounts.Count; e++)
            {
                var employee = e;
                tasks.Add(Loop(async () =>
                {
                    using var client = Accounts.Client(baseAddress, EmployeeAccounts[employee].Token);
                    while (!stop.IsCancellationRequested)
                    {
                        var key = Guid.NewGuid().ToString("N");
                        Shop.Started((employee, key));
                        var response = await stats.CountAsync(RedeemAsync(client, key), "redeem");
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            Shop.Acknowledged((employee, key), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("order").GetProperty("id").GetGuid());
                        }
                        else
                        {
                            Shop.Refused((employee, key), $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                }));
            }

            for (var m = 0; m < MealsAccounts.Count; m++)
            {
                var user = m;
                tasks.Add(Loop(async () =>
                {
                    using var client = Accounts.Client(baseAddress, MealsAccounts[user].Token);
                    var n = 0;
                    while (!stop.IsCancellationRequested)
                    {
                        var uploaded = await stats.CountAsync(client.PostAsync("/api/meals/imports", Csv($"Diner {round}-{user}-{n}", (round * 1000) + n++)), "import upload");
                        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
                        var batch = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                        Meals.Started((user, batch));
                        var applied = await stats.CountAsync(client.PostAsync($"/api/meals/imports/{batch}/apply", null), "import apply");
                        if (applied.IsSuccessStatusCode)
                        {
                            Meals.Acknowledged((user, batch), true);
                        }
                        else
                        {
                            Meals.Refused((user, batch), $"{(int)applied.StatusCode} {await applied.Content.ReadAsStringAsync()}");
                        }
                    }
                }));
            }

            for (var v = 0; v < 3; v++)
            {
                tasks.Add(Loop(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var phone = Interlocked.Increment(ref liveNext) - 1;
                        if (phone >= Participants)
                        {
                            return;
                        }

                        Live.Started(phone);
                        var response = await stats.CountAsync(VoteAsync(baseAddress, phone), "vote");
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            Live.Acknowledged(phone, true);
                        }
                        else
                        {
                            Live.Refused(phone, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }

                        await Task.Delay(40, CancellationToken.None);
                    }
                }));
            }

            return [.. tasks];
        }

        /// <summary>Kill when every app has writes acknowledged in this round and more under way.</summary>
        public async Task WaitForProgressAsync(RunStats stats, TimeSpan limit)
        {
            var shop = Shop.AcknowledgedCount;
            var meals = Meals.AcknowledgedCount;
            var live = Live.AcknowledgedCount;
            var deadline = DateTime.UtcNow + limit;
            while (DateTime.UtcNow < deadline && !(Shop.AcknowledgedCount >= shop + 30 && Meals.AcknowledgedCount >= meals + 1 && Live.AcknowledgedCount >= live + 15))
            {
                stats.Errors.ShouldBeEmpty();
                await Task.Delay(20);
            }

            // Prefer a moment when an import apply (the longest transaction) is under way.
            var applying = DateTime.UtcNow.AddSeconds(5);
            while (DateTime.UtcNow < applying && Meals.Unknown.Count == 0)
            {
                await Task.Delay(5);
            }
        }

        public async Task VerifyAcknowledgedAsync(Uri baseAddress, RunStats stats)
        {
            foreach (var ((employee, _), orderId) in Shop.AcknowledgedItems)
            {
                using var client = Accounts.Client(baseAddress, EmployeeAccounts[employee].Token);
                (await stats.CountAsync(client.GetAsync($"/api/shop/orders/{orderId}"), "order read")).StatusCode.ShouldBe(HttpStatusCode.OK, $"acknowledged order {orderId} is missing after the restart");
            }

            foreach (var ((user, batch), _) in Meals.AcknowledgedItems)
            {
                using var client = Accounts.Client(baseAddress, MealsAccounts[user].Token);
                var summary = await (await stats.CountAsync(client.GetAsync($"/api/meals/imports/{batch}"), "import read")).Content.ReadFromJsonAsync<JsonElement>();
                summary.GetProperty("status").GetString().ShouldBe("applied", $"acknowledged import {batch} is not applied after the restart");
            }

            var acknowledgedVotes = Live.AcknowledgedCount;
            await EventuallyAsync(async () => (await LiveResultsAsync(baseAddress)).Respondents >= acknowledgedVotes, $"{acknowledgedVotes} acknowledged votes published after the restart");
        }

        /// <summary>The client's retry after a lost answer: the same key, the same body; it must count at most once.</summary>
        public async Task RetryUnknownAsync(Uri baseAddress, RunStats stats)
        {
            foreach (var (employee, key) in Shop.TakeUnknown())
            {
                using var client = Accounts.Client(baseAddress, EmployeeAccounts[employee].Token);
                var response = await stats.CountAsync(RedeemAsync(client, key), "redeem retry");
                response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                Shop.Acknowledged((employee, key), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("order").GetProperty("id").GetGuid());
            }

            foreach (var (user, batch) in Meals.TakeUnknown())
            {
                using var client = Accounts.Client(baseAddress, MealsAccounts[user].Token);
                var status = (await (await client.GetAsync($"/api/meals/imports/{batch}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
                if (status == "reviewing")
                {
                    (await stats.CountAsync(client.PostAsync($"/api/meals/imports/{batch}/apply", null), "apply retry")).EnsureSuccessStatusCode();
                }
                else
                {
                    status.ShouldBe("applied");
                }

                Meals.Acknowledged((user, batch), true);
            }

            foreach (var phone in Live.TakeUnknown())
            {
                (await stats.CountAsync(VoteAsync(baseAddress, phone), "vote retry")).StatusCode.ShouldBe(HttpStatusCode.OK);
                Live.Acknowledged(phone, true);
            }
        }

        public async Task FinishAsync(Uri baseAddress, RunStats stats)
        {
            for (var phone = liveNext; phone < Participants; phone++)
            {
                (await stats.CountAsync(VoteAsync(baseAddress, phone), "vote")).StatusCode.ShouldBe(HttpStatusCode.OK);
                Live.Acknowledged(phone, true);
            }

            liveNext = Participants;
        }

        public async Task VerifyExactTotalsAsync(Uri baseAddress)
        {
            Shop.RefusedItems.ShouldBeEmpty();
            Meals.RefusedItems.ShouldBeEmpty();
            Live.RefusedItems.ShouldBeEmpty();
            using var admin = Accounts.Client(baseAddress, AdminToken);
            var orders = Shop.AcknowledgedItems.ToList();
            orders.Select(o => o.Value).Distinct().Count().ShouldBe(orders.Count, "a retried redemption created a second order");
            var product = await admin.GetFromJsonAsync<JsonElement>($"/api/shop/admin/products/{ProductId}");
            product.GetProperty("stock").GetInt32().ShouldBe(InitialStock - orders.Count);
            for (var e = 0; e < EmployeeAccounts.Count; e++)
            {
                using var client = Accounts.Client(baseAddress, EmployeeAccounts[e].Token);
                var balance = (await client.GetFromJsonAsync<JsonElement>("/api/shop/me/balance")).GetProperty("balance").GetInt32();
                var employee = e;
                balance.ShouldBe(Funding - orders.Count(o => o.Key.Employee == employee), $"employee {e}");
            }

            for (var m = 0; m < MealsAccounts.Count; m++)
            {
                using var client = Accounts.Client(baseAddress, MealsAccounts[m].Token);
                var user = m;
                var applied = Meals.AcknowledgedItems.Count(i => i.Key.User == user);
                var total = (await client.GetFromJsonAsync<JsonElement>("/api/meals/expenses?pageSize=1")).GetProperty("total").GetInt32();
                total.ShouldBe(applied * RowsPerImport, $"meals user {m}: {applied} applied imports of {RowsPerImport} rows");
            }

            var expected = new int[4];
            for (var phone = 0; phone < Participants; phone++)
            {
                expected[phone % 4]++;
            }

            await EventuallyAsync(async () => (await LiveResultsAsync(baseAddress)).Counts.SequenceEqual(expected), $"live counts {string.Join(",", expected)}");
            (await LiveResultsAsync(baseAddress)).Respondents.ShouldBe(Participants);
        }

        private Task<HttpResponseMessage> RedeemAsync(HttpClient client, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/shop/orders") { Content = JsonContent.Create(new { productId = ProductId, quantity = 1 }) };
            request.Headers.Add("Idempotency-Key", key);
            return client.SendAsync(request);
        }

        private async Task<HttpResponseMessage> VoteAsync(Uri baseAddress, int phone)
        {
            using var client = Accounts.Client(baseAddress, LiveSession.Phones[phone].Token, "Participant");
            return await client.PostAsJsonAsync(
                $"/api/live/p/{LiveSession.Session}/activities/{LiveSession.Activity}/responses",
                new { choices = new[] { phone % 4 }, requestId = $"vote-{phone}" });
        }

        private async Task<(int Respondents, int[] Counts)> LiveResultsAsync(Uri baseAddress)
        {
            using var client = Accounts.Client(baseAddress, LiveSession.HostToken);
            var sync = JsonNode.Parse(await client.GetStringAsync($"/api/live/sessions/{LiveSession.Session}/sync?since=0"))!;
            var results = sync["changes"]!.AsArray().FirstOrDefault(c => (string?)c!["kind"] == "results" && (string?)c["id"] == LiveSession.Activity.ToString())?["data"];
            return results is null ? (0, new int[4]) : (results["respondents"]!.GetValue<int>(), results["counts"]!.AsArray().Select(c => c!.GetValue<int>()).ToArray());
        }

        /// <summary>Amounts unique per batch, so no row is a duplicate of an earlier import.</summary>
        private static MultipartFormDataContent Csv(string restaurant, int batch)
        {
            var csv = new StringBuilder("date,amount,restaurant,city,category,tags\n");
            for (var i = 0; i < RowsPerImport; i++)
            {
                csv.Append(FormattableString.Invariant($"2025-{1 + (i % 12):00}-{1 + (i % 28):00},{(batch * RowsPerImport) + i + 1}.50,{restaurant},Town,Crash,t{i % 3}\n"));
            }

            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
            return new MultipartFormDataContent { { file, "file", $"{restaurant}.csv" } };
        }

        /// <summary>A writer ends when the host dies under it: the request then failed without an answer.</summary>
        private static Task Loop(Func<Task> body) => Task.Run(async () =>
        {
            try
            {
                await body();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
            }
        });

        private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
        {
            for (var attempt = 0; attempt < 300; attempt++)
            {
                if (await condition())
                {
                    return;
                }

                await Task.Delay(100);
            }

            throw new ShouldAssertException($"Never happened: {what}");
        }
    }

    /// <summary>Writes by id: started (in flight), acknowledged (answered with success), refused (answered with an error).</summary>
    private sealed class Ledger<TKey, TValue> where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, TValue> acknowledged = new();
        private readonly ConcurrentDictionary<TKey, string> refused = new();
        private readonly ConcurrentDictionary<TKey, bool> inFlight = new();

        public int AcknowledgedCount => acknowledged.Count;

        public IEnumerable<KeyValuePair<TKey, TValue>> AcknowledgedItems => acknowledged;

        public IEnumerable<KeyValuePair<TKey, string>> RefusedItems => refused;

        public ICollection<TKey> Unknown => inFlight.Keys;

        public void Started(TKey key) => inFlight[key] = true;

        public void Acknowledged(TKey key, TValue value)
        {
            acknowledged[key] = value;
            inFlight.TryRemove(key, out _);
        }

        public void Refused(TKey key, string why)
        {
            refused[key] = why;
            inFlight.TryRemove(key, out _);
        }

        public List<TKey> TakeUnknown()
        {
            var keys = inFlight.Keys.ToList();
            inFlight.Clear();
            return keys;
        }
    }
}

public sealed class CrashSafetyOnSqlite(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class CrashSafetyOnPostgres(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class CrashSafetyOnMySql(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override TestProvider Provider => TestProvider.MySql;
}
