
namespace Quartet.Meals.Receipts;

public sealed record ReceiptView(string ContentType, long SizeBytes, string OriginalName, string Sha256, DateTime CreatedAt);
